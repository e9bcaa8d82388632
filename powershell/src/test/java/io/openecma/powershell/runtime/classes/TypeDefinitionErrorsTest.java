package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Errors found when a statement list's classes and enums are defined reach the script as a
 * ParseException whose ErrorRecord carries ParserStrings.resx's ErrorId; run through
 * {@code $block.Invoke()} they come wrapped in a MethodInvocationException, as any .NET method's.
 */
class TypeDefinitionErrorsTest {

    /** "OuterType|InnerType|InnerErrorId" of what {@code [scriptblock]::Create(source).Invoke()} throws. */
    private static String invokeError(String source) {
        String literal = "'" + source.replace("'", "''") + "'";
        String script = "try { [scriptblock]::Create(" + literal + ").Invoke() > $null; 'none' } catch {"
                + " $x = $_.Exception; $x.GetType().FullName + '|' + $x.InnerException.GetType().FullName + '|'"
                + " + $x.InnerException.ErrorRecord.FullyQualifiedErrorId }";
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1", script), Map.of());
        assertEquals(List.of(), r.errors());
        return String.valueOf(r.output().get(0));
    }

    private static final String WRAPPED = "System.Management.Automation.MethodInvocationException|System.Management.Automation.ParseException|";

    @Test
    void baseTypesAreCheckedWhenTheClassesAreDefined() {
        assertEquals(WRAPPED + "SubtypeArray", invokeError("class P {}; class Q : P[] {}"));
        // A class named after this one in the same list is not known yet: no mutual derivation.
        assertEquals(WRAPPED + "TypeNotFound", invokeError("class P : Q {}; class Q {}"));
        assertEquals(WRAPPED + "InterfaceNameExpected", invokeError("class P {}; class Q {}; class R : P, Q {}"));
        assertEquals(WRAPPED + "BaseClassNoDefaultCtor", invokeError("class P { P([string]$s) {} }; class Q : P {}"));
        // Fine: the base has a default constructor, or the derived class chains to another one.
        assertEquals("none", invokeError("class P { P() {} P([string]$s) {} }; class Q : P {}"));
        assertEquals("none", invokeError("class P { P([string]$s) {} }; class Q : P { Q() : base('x') {} }"));
        assertEquals("none", invokeError("class P {}; class Q : P {}"));
    }

    @Test
    void enumeratorValueErrorsCarryTheirIds() {
        assertEquals(WRAPPED + "EnumeratorValueOutOfBounds", invokeError("enum E : byte { a = 256 }"));
        assertEquals(WRAPPED + "CannotConvertValue", invokeError("enum E { a = 'text' }"));
    }

    @Test
    void invokeWrapsAThrownErrorAsAMethodCallDoes() {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1",
                "try { { throw 'inside' }.Invoke() } catch { $_.Exception.GetType().Name; $_.Exception.Message;"
                        + " $_.Exception.InnerException.Message; $_.FullyQualifiedErrorId }"), Map.of());
        assertEquals(List.of("MethodInvocationException", "Exception calling \"Invoke\" with \"0\" argument(s): \"inside\"",
                "inside", "RuntimeException"), r.output());
    }
}

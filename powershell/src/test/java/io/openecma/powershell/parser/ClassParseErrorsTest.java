package io.openecma.powershell.parser;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Parse errors of class definitions as ParseInput lists them: ErrorId and start offset, one error
 * per fault (the class body goes on after a member's error), the semantic checks at the offending
 * node (SemanticChecks.cs), and the DSC resource checks (DscResourceChecker).
 */
class ClassParseErrorsTest {

    /** "ErrorId@offset" of every error ParseInput gives for {@code source}, comma-separated. */
    private static String parseErrors(String source) {
        String literal = "'" + source.replace("'", "''") + "'";
        String script = "$e = $null; $null = [System.Management.Automation.Language.Parser]::ParseInput(" + literal
                + ", [ref]$null, [ref]$e)\n"
                + "($e | ForEach-Object { $_.ErrorId + '@' + $_.Extent.StartScriptPosition.Offset }) -join ','";
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
        ScriptResult r = engine.execute(ScriptSource.of("t.ps1", script), Map.of());
        assertEquals(List.of(), r.errors());
        return String.valueOf(r.output().get(0));
    }

    @Test
    void semanticErrorsStartAtTheNodeTheyAreAbout() {
        // At the method's name, the variable read, the $this access, the second class, the bare return.
        assertEquals("MethodHasCodePathNotReturn@15", parseErrors("class K {[int] g(){} }"));
        assertEquals("VariableNotLocal@27", parseErrors("class K { [int] m() { $a = $b; return $a} }"));
        assertEquals("NonStaticMemberAccessInStaticMember@27", parseErrors("class K { $p; static m() { $this.p = 1 } }"));
        assertEquals("MemberAlreadyDefined@11", parseErrors("class K {} class K {}"));
        assertEquals("NonVoidMethodMissingReturnValue@21", parseErrors("class K { [int]m() { return; return 1 } }"));
    }

    @Test
    void aFaultyMemberIsReportedOnceAndTheClassGoesOn() {
        assertEquals("IncompleteMemberDefinition@16", parseErrors("class K { [long] }"));
        assertEquals("IncompleteMemberDefinition@16", parseErrors("class K { hidden }"));
        assertEquals("DuplicateQualifier@17", parseErrors("class K { hidden hidden $v }"));
        assertEquals("TooManyTypes@16", parseErrors("class K { [long][char]$v }"));
        assertEquals("ConstructorCantHaveReturnType@10", parseErrors("class K { [long] K() { return 1 } }"));
        assertEquals("NamedBlockNotAllowedInMethod@16", parseErrors("class K { m() { process {} } }"));
    }

    @Test
    void methodParameterAttributes() {
        assertEquals("AttributeNotAllowedOnDeclaration@12", parseErrors("class K { m([ValidateNotNull()]$p) {} }"));
        // The second type constraint is the one reported.
        assertEquals("MultipleTypeConstraintsOnMethodParam@18", parseErrors("class K { m([long][char]$p) {} }"));
    }

    @Test
    void onlyTheParserReportsFlowLeavingAFinallyBlock() {
        assertEquals("ControlLeavingFinally@39", parseErrors("class K { [void]m() { try {} finally { return } } }"));
    }

    @Test
    void aDscResourceNeedsGetSetTestAndAKey() {
        String key = "[DscProperty(Key)][string]$Name; ";
        String get = "[K] Get() { return $this } ";
        String set = "[void] Set() {} ";
        String test = "[bool] Test() { return $true } ";
        assertEquals("", parseErrors("[DscResource()]class K { " + key + get + set + test + "}"));
        assertEquals("DscResourceMissingKeyProperty@0", parseErrors("[DscResource()]class K { " + get + set + test + "}"));
        assertEquals("DscResourceMissingSetMethod@0", parseErrors("[DscResource()]class K { " + key + get + test + "}"));
        assertEquals("DscResourceMissingGetMethod@0,DscResourceMissingTestMethod@0",
                parseErrors("[DscResource()]class K { " + key + set + "}"));
        // A Get with the wrong return type is reported at the whole member (its return type).
        String badGet = "[DscResource()]class K { " + key + set + test + "[string] Get() { return '' } }";
        assertEquals("DscResourceInvalidGetMethod@" + badGet.indexOf("[string] Get"), parseErrors(badGet));
        assertEquals("DscResourceMissingDefaultConstructor@0",
                parseErrors("[DscResource()]class K { " + key + get + set + test + "K($a) {} }"));
        // Not a DSC resource: none of this applies.
        assertEquals("", parseErrors("class K { }"));
    }

    @Test
    void aClassErrorFromScriptBlockCreateCarriesItsErrorId() {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
        ScriptResult r = engine.execute(ScriptSource.of("t.ps1",
                "try { [scriptblock]::Create('class K { m(){} m(){} }') } catch { $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }"),
                Map.of());
        assertEquals(List.of("MemberAlreadyDefined"), r.output());
    }
}

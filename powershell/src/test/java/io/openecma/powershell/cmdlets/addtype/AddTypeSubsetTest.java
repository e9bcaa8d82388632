package io.openecma.powershell.cmdlets.addtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.runtime.LanguagePrimitives;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Add-Type's C# subset: each construct outside it is refused with a SOURCE_CODE_ERROR that names
 * the construct and its line (5.1's error id for compile failures, AddType.cs), followed by the
 * terminating COMPILER_ERRORS; nothing outside the subset is accepted silently.
 */
class AddTypeSubsetTest {

    @TempDir
    Path root;

    private ScriptResult run(String script) {
        EngineOptions options = EngineOptions.defaults().withFileSystemRoots(List.of(root), root);
        return PowerShellEngine.create(options).execute(ScriptSource.of("test.ps1", script), Map.of());
    }

    private List<String> output(String script) {
        ScriptResult r = run(script);
        assertTrue(r.succeeded(), String.valueOf(r.terminatingError()));
        return r.output().stream().map(LanguagePrimitives::toStringValue).toList();
    }

    /** The SOURCE_CODE_ERROR the source gets (as -ErrorAction Stop makes it terminating): id, then message. */
    private List<String> refusal(String source) {
        return output("$src = @'\n" + source + "\n'@\n"
                + "try { Add-Type -TypeDefinition $src -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "public class A { ~   public void M(out int x) { x = 1; } ~ }|A 'out' parameter|2",
        "public class A { ~   public void M(ref int x) { } ~ }|A 'ref' parameter|2",
        "public class A { ~   public void M(int x = 1) { } ~ }|An optional parameter|2",
        "public class A { ~   public void M(params int[] x) { } ~ }|A 'params' parameter|2",
        "public class A { ~   public T M<T>(T x) { return x; } ~ }|A generic method|2",
        "public class A<T> { ~ }|A generic type declaration|1",
        "public interface IA { ~   int X { get; } ~ }|Declaring an interface|1",
        "public delegate int D(int x);|Declaring a delegate|1",
        "public class A { ~   public class B { } ~ }|A nested type|2",
        "public class A { ~   public event System.EventHandler E; ~ }|An event|2",
        "public class A { ~   public int this[int i] { get { return i; } } ~ }|An indexer|2",
        "public class A { ~   public static A operator +(A a, A b) { return a; } ~ }|An operator declaration|2",
        "public class A { ~   [System.Obsolete] public void M() { } ~ }|An attribute on a member|2",
        "public class A { ~   [DllImport(\"user32.dll\")] public static extern int F(); ~ }|An attribute on a member|2",
        "public class A { ~   public static extern int F(); ~ }|The modifier 'extern' (P/Invoke)|2",
        "public class A { ~   public abstract int F(); ~ }|The modifier 'abstract'|2",
        "public class A { ~   public int F() { switch (1) { default: return 1; } } ~ }|The 'switch' statement|2",
        "public class A { ~   public void F() { using (var x = new System.IO.MemoryStream()) { } } ~ }|The 'using' statement|2",
        "public class A { ~   public string F(int x) { return $\"v{x}\"; } ~ }|An interpolated string|2",
        "public class A { ~   public object F() { System.Func<int> f = () => 1; return f; } ~ }|A lambda expression|2",
        "public class A { ~   public string F(string s) { return s ?? \"x\"; } ~ }|The '??' operator|2",
        "public class A { ~   public int F(string s) { return s?.Length; } ~ }|The null-conditional operator|2",
        "public class A { ~   public object F() { return new System.Text.StringBuilder { Capacity = 1 }; } ~ }|An object or collection initializer|2",
        "public class A { ~   public int F(int x) { int y = x++; return y; } ~ }|.|2",
        "public class A { ~   private int f; ~   public int P { get { return f + 1; } } ~ }|A get accessor other than returning a field|3",
        "public class A { ~   private int f; ~   public int P { get { return f; } set { f = value * 2; } } ~ }|A set accessor other than assigning 'value' to a field|3",
        "public class A { } ~ #if DEBUG ~ #endif|The preprocessor directive '#if'|2",
        "using static System.Math; ~ public class A { }|'using static' and using aliases|1",
        "public class A { ~   public int F() { return Missing.Value; } ~ }|The name 'Missing' does not exist in the current context|2",
        "public class A { ~   public Unknown F() { return null; } ~ }|The type or namespace name 'Unknown' could not be found|2",
    })
    void refusesWhatTheSubsetDoesNotTranslate(String lines, String construct, int line) {
        String source = lines.replace(" ~ ", "\n");
        List<String> out = refusal(source);
        assertEquals("SOURCE_CODE_ERROR,Microsoft.PowerShell.Commands.AddTypeCommand", out.get(0), String.join("\n", out));
        if (!construct.equals(".")) {
            assertTrue(out.get(1).contains(construct), out.get(1));
        }
        assertTrue(out.get(1).startsWith("(" + line + ","), out.get(1));
    }

    @Test
    void compileFailureEndsWithCompilerErrors() {
        assertEquals(List.of("COMPILER_ERRORS,Microsoft.PowerShell.Commands.AddTypeCommand",
                        "Cannot add type. Compilation errors occurred.", "SOURCE_CODE_ERROR,Microsoft.PowerShell.Commands.AddTypeCommand"),
                output("try { Add-Type -TypeDefinition 'public class A { public void M(out int x) { x = 1; } }' -ErrorAction SilentlyContinue }"
                        + " catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $Error[1].FullyQualifiedErrorId }"));
    }

    @Test
    void diagnosticShowsTheLineAndACaret() {
        List<String> out = refusal("public class A {\n    public void M(ref int x) { }\n}");
        assertEquals("(2,19): error A 'ref' parameter is not supported by openecma's Add-Type (C# subset; see "
                + "docs/compatibility/powershell.md)\n    public void M(ref int x) { }\n                  ^", out.get(1));
    }

    @Test
    void warningsAreErrorsUnlessIgnored() {
        String src = "'public class W { }\n#warning careful\n'";
        assertEquals(List.of("COMPILER_ERRORS,Microsoft.PowerShell.Commands.AddTypeCommand"),
                output("try { Add-Type -TypeDefinition " + src + " -ErrorAction SilentlyContinue } catch { $_.FullyQualifiedErrorId }"));
        ScriptResult r = run("Add-Type -TypeDefinition " + src + " -IgnoreWarnings\n[W].Name");
        assertEquals(List.of("W"), r.output().stream().map(LanguagePrimitives::toStringValue).toList());
        assertEquals(1, r.warning().size());
        assertTrue(String.valueOf(r.warning().get(0)).contains("warning CS1030: #warning: 'careful'"), String.valueOf(r.warning()));
    }

    @Test
    void otherLanguagesAndAssemblyOutputAreRefused() {
        assertEquals(List.of("LANGUAGE_NOT_SUPPORTED,Microsoft.PowerShell.Commands.AddTypeCommand"),
                output("try { Add-Type -TypeDefinition 'x' -Language VisualBasic } catch { $_.FullyQualifiedErrorId }"));
        assertEquals(List.of("PARAMETER_NOT_SUPPORTED,Microsoft.PowerShell.Commands.AddTypeCommand"),
                output("try { Add-Type -TypeDefinition 'public class O { }' -OutputAssembly o.dll } catch { $_.FullyQualifiedErrorId }"));
        assertEquals(List.of("OUTPUTTYPE_REQUIRES_ASSEMBLY,Microsoft.PowerShell.Commands.AddTypeCommand"),
                output("try { Add-Type -TypeDefinition 'public class O { }' -OutputType Library } catch { $_.FullyQualifiedErrorId }"));
    }

    @Test
    void certificatePolicyAcceptsOnlyPolicies() {
        ScriptResult r = run("[System.Net.ServicePointManager]::CertificatePolicy = 'not a policy'");
        assertTrue(r.terminatingError() != null || !r.errors().isEmpty());
    }

    @Test
    void structHasAParameterlessConstructorAndPrivateFieldsAreHidden() {
        assertEquals(List.of("0", "5", "False"), output("Add-Type -TypeDefinition 'public struct P { private int secret; public int X; "
                + "public P(int x) { X = x; secret = x; } }'\n"
                + "[P]::new().X; [P]::new(5).X; [bool]([P]::new(1) | Get-Member -Name secret)"));
    }
}

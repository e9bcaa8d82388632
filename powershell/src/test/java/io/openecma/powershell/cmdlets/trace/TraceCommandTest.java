package io.openecma.powershell.cmdlets.trace;

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

/**
 * Trace-Command, Get-TraceSource and Set-TraceSource over the ParameterBinding source
 * (TraceExpressionCommand.cs, TraceListenerCommandBase.cs; texts from CmdletParameterBinderController.cs
 * and ParameterBinderBase.cs; listener footers as System.Diagnostics.TraceListener.WriteFooter).
 */
class TraceCommandTest {
    @TempDir
    Path root;

    private ScriptResult execute(String script) {
        EngineOptions options = EngineOptions.defaults().withFileSystemRoots(List.of(root), root);
        return PowerShellEngine.create(options).execute(ScriptSource.of("test.ps1", script), Map.of());
    }

    private List<String> run(String script) {
        ScriptResult r = execute(script);
        if (r.terminatingError().isPresent()) {
            throw new AssertionError("script failed: " + r.terminatingError().get().message());
        }
        return r.output().stream().map(LanguagePrimitives::toStringValue).toList();
    }

    @Test
    void traceCommandWritesTheBindingStepsToTheFileAndReturnsTheOutput() {
        List<String> out = run("$r = Trace-Command -Name ParameterBinding -Expression { Write-Output Foo } -FilePath t.log\n"
                + "$r; Get-Content t.log");
        assertEquals(List.of("Foo",
                "ParameterBinding Information: 0 : BIND NAMED cmd line args [Write-Output]",
                "ParameterBinding Information: 0 : BIND POSITIONAL cmd line args [Write-Output]",
                "ParameterBinding Information: 0 :     BIND arg [Foo] to parameter [InputObject]",
                "ParameterBinding Information: 0 :         BIND arg [Foo] to param [InputObject] SUCCESSFUL",
                "ParameterBinding Information: 0 : MANDATORY PARAMETER CHECK on cmdlet [Write-Output]",
                "ParameterBinding Information: 0 : CALLING BeginProcessing",
                "ParameterBinding Information: 0 : CALLING ProcessRecord",
                "ParameterBinding Information: 0 : CALLING EndProcessing"), out);
    }

    @Test
    void tracingStopsWhenTraceCommandEnds() {
        assertEquals(List.of("None", "0"), run("Trace-Command ParameterBinding { Get-Date } -FilePath t.log | Out-Null\n"
                + "$n = (Get-Content t.log).Count; Get-Date | Out-Null\n"
                + "(Get-TraceSource ParameterBinding).Options; (Get-Content t.log).Count - $n"));
    }

    @Test
    void listenerOptionsAddFooterLines() {
        List<String> out = run("Trace-Command ParameterBinding { Write-Output x } -ListenerOption 'ProcessId,ThreadId' -FilePath t.log | Out-Null\n"
                + "$l = Get-Content t.log; $l[1]; $l[2] -eq ('    ThreadId=' + [Threading.Thread]::CurrentThread.ManagedThreadId)\n"
                + "$l[1] -eq ('    ProcessId=' + $PID)");
        assertEquals(List.of("    ProcessId=" + ProcessHandle.current().pid(), "True", "True"), out);
    }

    @Test
    void logicalOperationStackIsWrittenTopFirst() {
        List<String> out = run("$s = [System.Diagnostics.Trace]::CorrelationManager.LogicalOperationStack; $s.Push('a'); $s.Push('b')\n"
                + "Trace-Command ParameterBinding { Write-Output x } -ListenerOption LogicalOperationStack -FilePath t.log | Out-Null\n"
                + "(Get-Content t.log)[1]");
        assertEquals(List.of("    LogicalOperationStack=b, a"), out);
    }

    @Test
    void pipelineInputBindingIsTraced() {
        List<String> out = run("Trace-Command ParameterBinding { 'a' | Write-Output } -FilePath t.log | Out-Null\n"
                + "Get-Content t.log | Where-Object { $_ -like '*PIPELINE*' }");
        assertEquals(List.of("ParameterBinding Information: 0 : BIND PIPELINE object to parameters: [Write-Output]",
                "ParameterBinding Information: 0 :     PIPELINE object TYPE = [System.String]",
                "ParameterBinding Information: 0 :     RESTORING pipeline parameter's original values",
                "ParameterBinding Information: 0 :     Parameter [InputObject] PIPELINE INPUT ValueFromPipeline NO COERCION"), out);
    }

    @Test
    void unknownTraceSourceIsAnError() {
        assertEquals(List.of("TraceSourceNotFound,Microsoft.PowerShell.Commands.GetTraceSourceCommand",
                        "Cannot find a trace source with the name 'NoSuchSource'."),
                run("try { Get-TraceSource NoSuchSource -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }"));
    }

    @Test
    void nonFileSystemPathIsRefused() {
        assertEquals(List.of("FileListenerPathResolutionFailed,Microsoft.PowerShell.Commands.TraceCommandCommand"),
                run("try { Trace-Command ParameterBinding { 1 } -FilePath Env:\\X -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }"));
    }

    @Test
    void commandErrorsAreWrittenAsTraceCommands() {
        assertEquals(List.of("GetLocationNoMatchingDrive,Microsoft.PowerShell.Commands.TraceCommandCommand"),
                run("try { Trace-Command ParameterBinding -Command Get-PSDrive -ArgumentList NoSuchDrive -ErrorAction Stop }"
                        + " catch { $_.FullyQualifiedErrorId }"));
    }

    @Test
    void setTraceSourceKeepsTracingUntilTheListenerIsRemoved() {
        List<String> out = run("$s = Set-TraceSource ParameterBinding -Option ExecutionFlow -FilePath s.log -PassThru; $s.Name\n"
                + "Get-Date | Out-Null\n"
                + "Set-TraceSource ParameterBinding -RemoveFileListener *\n"
                + "Set-TraceSource ParameterBinding -Option None\n"
                + "(Get-Content s.log | Where-Object { $_ -like '*BIND NAMED cmd line args `[Get-Date`]' }).Count");
        assertEquals(List.of("ParameterBinding", "1"), out);
    }

    @Test
    void psHostListenerWritesDebugLines() {
        ScriptResult r = execute("Trace-Command ParameterBinding { Write-Output x } -PSHost | Out-Null");
        assertTrue(r.terminatingError().isEmpty());
        assertEquals("ParameterBinding Information: 0 : BIND NAMED cmd line args [Write-Output]", r.debug().get(0));
        assertEquals(8, r.debug().size());
    }

    @Test
    void oneEnginesTraceSettingsDoNotReachAnotherEngine() throws Exception {
        EngineOptions options = EngineOptions.defaults().withFileSystemRoots(List.of(root), root);
        PowerShellEngine a = PowerShellEngine.create(options);
        PowerShellEngine b = PowerShellEngine.create(options);
        a.execute(ScriptSource.of("a.ps1", "Set-TraceSource ParameterBinding -Option All -FilePath a.log"), Map.of());
        ScriptResult fromB = b.execute(ScriptSource.of("b.ps1", "Get-Date | Out-Null; (Get-TraceSource ParameterBinding).Options"), Map.of());
        a.execute(ScriptSource.of("a2.ps1", "Get-Random | Out-Null; Set-TraceSource ParameterBinding -RemoveFileListener *"
                + "; Set-TraceSource ParameterBinding -Option None"), Map.of());
        String log = java.nio.file.Files.readString(root.resolve("a.log"));
        assertEquals(List.of("None"), fromB.output().stream().map(LanguagePrimitives::toStringValue).toList());
        assertTrue(log.contains("BIND NAMED cmd line args [Get-Random]"), log);
        assertTrue(!log.contains("[Get-Date]"), log);
    }

    @Test
    void anOptionThatIsNotAnEnumNameIsABindingError() {
        assertEquals(List.of("CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.TraceCommandCommand",
                        "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.SetTraceSourceCommand", "None", "0"),
                run("try { Trace-Command ParameterBinding { 1 } -Option Nope } catch { $_.FullyQualifiedErrorId }\n"
                        + "try { Set-TraceSource ParameterBinding -ListenerOption Nope -PSHost } catch { $_.FullyQualifiedErrorId }\n"
                        + "(Get-TraceSource ParameterBinding).Options; (Get-TraceSource ParameterBinding).Listeners.Count"));
    }
}

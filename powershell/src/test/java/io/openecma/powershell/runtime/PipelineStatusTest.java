package io.openecma.powershell.runtime;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code $?} after a pipeline is whether that pipeline had an error (PipelineProcessor.ExecutionFailed):
 * an advanced function's {@code $PSCmdlet.WriteError} fails its caller's pipeline (MshCommandRuntime
 * sets ExecutionFailed on the command's own pipeline), while the function's inner statements are
 * pipelines of their own.
 */
class PipelineStatusTest {

    private static List<Object> run(String script) {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1", script), Map.of());
        return r.output();
    }

    private static final String WRITES_ERROR = "function Fail-Item { [CmdletBinding()] param([Parameter(ValueFromPipeline)]$v)"
            + " process { if ($v -eq 2) { $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new("
            + "[System.Exception]::new('two'), 'TWO', 'NotSpecified', $v)) } else { $v } } }\n";

    @Test
    void writeErrorOfAnAdvancedFunctionFailsTheCallingPipeline() {
        assertEquals(List.of(1, 3, false), run(WRITES_ERROR + "1, 2, 3 | Fail-Item; $?"));
        assertEquals(List.of(1, true), run(WRITES_ERROR + "1 | Fail-Item; $?"));
        // The pipeline chain operator sees the failure.
        assertEquals(List.of(1, 3, "else"), run(WRITES_ERROR + "1, 2, 3 | Fail-Item || 'else'"));
    }

    @Test
    void aFailedStatementInsideAFunctionDoesNotFailTheCaller() {
        assertEquals(List.of(true), run("function Inner { Get-Variable no-such-variable -ErrorAction SilentlyContinue }\nInner; $?"));
    }

    @Test
    void aFailedPipelineInsideALoneExpressionLeavesDollarQuestionFalse() {
        assertEquals(List.of(false, true), run("[void](Write-Error 'x' 2>$null); $?; $?"));
        assertEquals(List.of(false), run("$(Write-Error 'x' 2>$null); $?"));
        assertEquals(List.of(true), run("Write-Error 'x' 2>$null; 1 > $null; $?"));
        // The last nested pipeline decides.
        assertEquals(List.of(true), run("[void]@(Write-Error 'x' 2>$null; 'y'); $?"));
    }
}

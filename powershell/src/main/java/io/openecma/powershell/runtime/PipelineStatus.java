package io.openecma.powershell.runtime;

/**
 * Whether a running pipeline had an error (PipelineProcessor.ExecutionFailed), which {@code $?}
 * shows after it. A pipeline with a command has its own: the statements inside a function called
 * from it are pipelines of their own and do not fail it; {@code $PSCmdlet.WriteError} does. A lone
 * expression runs no pipeline processor in PowerShell, so {@code $?} after it is what the last
 * pipeline nested in it left ({@code (Write-Error x)}, {@code $(...)}, {@code @(...)}).
 */
final class PipelineStatus {
    final boolean expressionOnly;
    boolean failed;

    PipelineStatus(boolean expressionOnly) {
        this.expressionOnly = expressionOnly;
    }
}

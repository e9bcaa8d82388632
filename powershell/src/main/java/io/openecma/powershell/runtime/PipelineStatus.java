package io.openecma.powershell.runtime;

/**
 * Whether a running pipeline had an error (PipelineProcessor.ExecutionFailed), which {@code $?}
 * shows after it. Each pipeline has its own: the statements inside a function called from a
 * pipeline are pipelines of their own and do not fail it; {@code $PSCmdlet.WriteError} does.
 */
final class PipelineStatus {
    boolean failed;
}

package io.openecma.powershell.runtime;

/**
 * {@code $PSCmdlet.ThrowTerminatingError(record)} on its way out of the function (MshCommandRuntime:
 * the pipeline records the error and the command sees a PipelineStoppedException). Like that
 * exception it is no error inside the function: neither the method-call wrapper, nor try/catch,
 * trap or -ErrorAction stop it, so nothing after the call runs. Where the function was called it
 * becomes the error itself, as a cmdlet's terminating error is to its caller (catch clauses for the
 * record's exception type still match: the handler search looks inside a CmdletInvocationException).
 */
final class TerminatingErrorSignal extends ControlFlow {
    private final PSRuntimeException error;

    TerminatingErrorSignal(PSRuntimeException error) {
        this.error = error;
    }

    /** The error the caller sees: a CmdletInvocationException around the record's exception, carrying the record. */
    PSRuntimeException error() {
        ErrorRecord record = error.errorRecord();
        PSRuntimeException wrapper = new PSRuntimeException("System.Management.Automation.CmdletInvocationException",
                error.getMessage(), error);
        return record == null ? wrapper : wrapper.withErrorRecord(record);
    }
}

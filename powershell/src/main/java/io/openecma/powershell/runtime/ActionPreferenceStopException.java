package io.openecma.powershell.runtime;

/**
 * System.Management.Automation.ActionPreferenceStopException: what a non-terminating error becomes
 * under {@code -ErrorAction Stop} / {@code $ErrorActionPreference = 'Stop'} (MshCommandRuntime.WriteError).
 * Its ErrorRecord is the error that was stopped on, so {@code $_} in a catch block, {@code $Error}
 * and the host see the original record; {@code -ErrorVariable} and hosting callers see this
 * exception (CommandBaseStrings.ErrorPreferenceStop for its message).
 */
public final class ActionPreferenceStopException extends PSRuntimeException {

    public static final String TYPE_NAME = "System.Management.Automation.ActionPreferenceStopException";

    private final ErrorRecord stopped;

    public ActionPreferenceStopException(ErrorRecord stopped, String preferenceName) {
        super(TYPE_NAME, "The running command stopped because the preference variable \"" + preferenceName
                + "\" or common parameter is set to Stop: " + stopped);
        this.stopped = stopped;
        withErrorRecord(stopped);
        markScriptTerminating();
    }

    /** The error the command stopped on. */
    public ErrorRecord stoppedRecord() {
        return stopped;
    }
}

package io.openecma.powershell.types.hosting;

/** {@code PowerShell.InvocationStateInfo}: the state and, when Failed, the terminating error. */
public record PSInvocationStateInfo(PSInvocationState state, Exception reason) {
    public PSInvocationState getState() {
        return state;
    }

    public Exception getReason() {
        return reason;
    }
}

package io.openecma.powershell.types.hosting;

/** {@code System.Management.Automation.PSInvocationState}. */
public enum PSInvocationState {
    NotStarted, Running, Stopping, Stopped, Completed, Failed, Disconnected
}

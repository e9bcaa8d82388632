package io.openecma.powershell.types.history;

/** System.Management.Automation.Runspaces.PipelineState: how a history entry's pipeline ended. */
public enum PipelineState {
    NotStarted, Running, Stopping, Stopped, Completed, Failed, Disconnected
}

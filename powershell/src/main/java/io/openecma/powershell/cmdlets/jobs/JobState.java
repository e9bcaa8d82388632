package io.openecma.powershell.cmdlets.jobs;

/** System.Management.Automation.JobState. */
public enum JobState {
    NotStarted, Running, Completed, Failed, Stopped, Blocked, Suspended, Disconnected, Suspending, Stopping, AtBreakpoint;

    /** Job.IsFinishedState: a job in these states runs no more. */
    boolean finished() {
        return this == Completed || this == Failed || this == Stopped;
    }
}

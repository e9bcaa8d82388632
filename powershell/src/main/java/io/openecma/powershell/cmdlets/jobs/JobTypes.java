package io.openecma.powershell.cmdlets.jobs;

import io.openecma.powershell.types.TypeRegistry;

/** Registers the .NET names of the job types: Start-Job's jobs are PSRemotingJob in 5.1, a Job. */
public final class JobTypes {
    private JobTypes() {
    }

    public static void register(TypeRegistry r) {
        r.register("System.Management.Automation.Job", Job.class);
        r.register("System.Management.Automation.PSRemotingJob", BackgroundJob.class);
        r.register("System.Management.Automation.JobState", JobState.class);
    }
}

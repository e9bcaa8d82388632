package io.openecma.powershell.cmdlets.jobs;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.util.ArrayList;
import java.util.List;

/** Get-Job, Receive-Job, Wait-Job, Stop-Job and Remove-Job over the runspace's {@link JobTable}. */
public final class JobCmdlets {
    private JobCmdlets() {
    }

    static JobTable table(CommandContext c) {
        return JobTable.of(((CommandContextImpl) c).interpreter().context());
    }

    private static ParameterSpec[] selectors(ParameterSpec... more) {
        List<ParameterSpec> l = new ArrayList<>(List.of(
                ParameterSpec.positional("Job", "object[]", 0).fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("Id", "int[]"), ParameterSpec.named("Name", "string[]")));
        l.addAll(List.of(more));
        return l.toArray(ParameterSpec[]::new);
    }

    public static void register(CmdletRegistry r) {
        r.register(StartJobCommand.definition());
        // Get-Job [[-Id] <int[]>] | [-Name <string[]>]: a positional value that is not a number is a name.
        r.register(CmdletDefinition.of("Get-Job", () -> c -> {
                    if (!c.isBound("Id") && !c.isBound("Name")) {
                        table(c).all().forEach(c::writeObject);
                        return;
                    }
                    JobSelection.select(c, table(c)).forEach(c::writeObject);
                }, ParameterSpec.positional("Id", "object[]", 0), ParameterSpec.named("Name", "string[]"),
                ParameterSpec.named("State", "string")));
        r.register(CmdletDefinition.of("Receive-Job", ReceiveJob::new, selectors(ParameterSpec.switchParameter("Keep"),
                ParameterSpec.switchParameter("Wait"), ParameterSpec.switchParameter("AutoRemoveJob"))));
        r.register(CmdletDefinition.of("Wait-Job", WaitJob::new, selectors(ParameterSpec.named("Timeout", "int").withAliases("TimeoutSec"),
                ParameterSpec.switchParameter("Any"), ParameterSpec.switchParameter("Force"))));
        r.register(CmdletDefinition.of("Stop-Job", () -> c -> {
                    for (BackgroundJob j : JobSelection.select(c, table(c))) {
                        j.stop();
                        if (c.switchPresent("PassThru")) {
                            c.writeObject(j);
                        }
                    }
                }, selectors(ParameterSpec.switchParameter("PassThru"))));
        r.register(CmdletDefinition.of("Remove-Job", () -> c -> {
                    for (BackgroundJob j : JobSelection.select(c, table(c))) {
                        remove(c, j, c.switchPresent("Force"));
                    }
                }, selectors(ParameterSpec.switchParameter("Force"))));
    }

    /** RemoveJobCommand: a job that has not finished is removed only with -Force (stopping it first). */
    static void remove(CommandContext c, BackgroundJob j, boolean force) {
        if (!j.getState().finished()) {
            if (!force) {
                c.writeError("System.ArgumentException", "The command cannot remove the job with the job ID " + j.getId()
                        + " because the job is not finished. To remove the job, first stop the job, or use the Force parameter.",
                        "JobObjectNotFinishedCannotBeRemoved", "InvalidOperation", j);
                return;
            }
            j.stop();
        }
        table(c).remove(j);
    }

    static long deadline(int timeoutSeconds) {
        return timeoutSeconds < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    }

    static boolean await(BackgroundJob j, long deadline) {
        try {
            return j.awaitFinished(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ExecutionContext.current().checkCancelled();
            return false;
        }
    }

    /** Receive-Job: what the jobs produced so far (all of it with -Wait), taken from them unless -Keep. */
    private static final class ReceiveJob implements Cmdlet {
        @Override
        public void process(CommandContext c) {
            for (BackgroundJob j : JobSelection.select(c, table(c))) {
                if (c.switchPresent("Wait")) {
                    await(j, Long.MAX_VALUE);
                }
                BackgroundJob.Taken t = j.take(c.switchPresent("Keep"));
                t.output().forEach(c::writeObject);
                for (ErrorRecord e : t.errors()) {
                    c.writeError(e);
                }
                if (c.switchPresent("Wait") && c.switchPresent("AutoRemoveJob")) {
                    table(c).remove(j);
                }
            }
        }
    }

    /** Wait-Job: outputs the jobs once all (or, with -Any, one) have finished; nothing when -Timeout passes first. */
    private static final class WaitJob implements Cmdlet {
        private final List<BackgroundJob> jobs = new ArrayList<>();

        @Override
        public void process(CommandContext c) {
            jobs.addAll(JobSelection.select(c, table(c)));
        }

        @Override
        public void end(CommandContext c) {
            int timeout = c.isBound("Timeout") ? LanguagePrimitives.toNumber(c.parameter("Timeout")).intValue() : -1;
            long deadline = deadline(timeout);
            if (c.switchPresent("Any") && !jobs.isEmpty()) {
                while (jobs.stream().noneMatch(j -> j.getState().finished())) {
                    if (System.nanoTime() > deadline) {
                        return;
                    }
                    await(jobs.get(0), Math.min(deadline, System.nanoTime() + 50_000_000L));
                }
                jobs.stream().filter(j -> j.getState().finished()).findFirst().ifPresent(c::writeObject);
                return;
            }
            for (BackgroundJob j : jobs) {
                if (!await(j, deadline)) {
                    return;
                }
            }
            jobs.forEach(c::writeObject);
        }
    }
}

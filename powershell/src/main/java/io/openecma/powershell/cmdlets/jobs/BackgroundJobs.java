package io.openecma.powershell.cmdlets.jobs;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.NestedRunspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts background jobs for Start-Job and the {@code &} operator. */
public final class BackgroundJobs {
    private BackgroundJobs() {
    }

    /**
     * Starts a job running {@code script} in a new runspace that starts at the caller's location, and
     * adds it to the session's jobs; {@code variables} are set in the job's global scope first (the
     * values the {@code &} operator carries over).
     */
    public static BackgroundJob start(ExecutionContext context, String script, List<Object> args, String init, String name,
                                      List<Object> pipelineInput, Map<String, Object> variables) {
        JobTable table = JobTable.of(context);
        int id = table.nextId();
        BackgroundJob job = new BackgroundJob(id, name == null ? "Job" + id : name, script.strip());
        NestedRunspace runspace = NestedRunspace.createNew();
        runspace.setLocation(context.fileSystem().currentLocation());
        variables.forEach((k, v) -> {
            if (runspace.globalScope().find(k) == null) {
                runspace.globalScope().set(k, v);
            }
        });
        List<List<NestedRunspace.Command>> statements = new ArrayList<>();
        if (init != null) {
            statements.add(List.of(new NestedRunspace.Command(init, true, false, new ArrayList<>())));
        }
        List<NestedRunspace.Parameter> parameters = new ArrayList<>();
        args.forEach(a -> parameters.add(new NestedRunspace.Parameter(null, a)));
        statements.add(List.of(new NestedRunspace.Command(script, true, true, parameters)));
        table.add(job);
        job.start(runspace, statements, pipelineInput);
        return job;
    }
}

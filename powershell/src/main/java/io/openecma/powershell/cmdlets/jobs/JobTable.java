package io.openecma.powershell.cmdlets.jobs;

import io.openecma.powershell.runtime.ExecutionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** The jobs of one runspace (Get-Job's repository), with 5.1's ids: each job's child job takes the next id. */
final class JobTable {
    private static final Map<ExecutionContext, JobTable> TABLES = new WeakHashMap<>();

    private final List<BackgroundJob> jobs = new ArrayList<>();
    private int lastId;

    static JobTable of(ExecutionContext context) {
        synchronized (TABLES) {
            return TABLES.computeIfAbsent(context, c -> new JobTable());
        }
    }

    /**
     * A new job's id and default name. A 5.1 background job is a parent job with one child job, and both
     * take an id from the session's counter: the first job is Id 1 (Name Job1), the next Id 3.
     */
    synchronized int nextId() {
        int id = lastId + 1;
        lastId += 2;
        return id;
    }

    synchronized void add(BackgroundJob job) {
        jobs.add(job);
    }

    synchronized void remove(BackgroundJob job) {
        jobs.remove(job);
    }

    synchronized List<BackgroundJob> all() {
        return new ArrayList<>(jobs);
    }
}

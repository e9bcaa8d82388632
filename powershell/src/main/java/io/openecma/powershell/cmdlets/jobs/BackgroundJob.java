package io.openecma.powershell.cmdlets.jobs;

import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.NestedRunspace;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.List;

/**
 * A Start-Job (or {@code &}) job. 5.1 runs it in a child powershell.exe; here it runs on its own
 * thread in a new runspace (own global scope, modules and location, as a child process has), so
 * only what the script, its -ArgumentList and its -InputObject carry reaches it. Output is kept until
 * Receive-Job takes it; Stop-Job interrupts the thread, which stops the script at its next statement.
 */
public final class BackgroundJob extends Job {
    private final int id;
    private final String name;
    private final String command;
    /** Written by the job's thread, read by Receive-Job: a synchronized list, locked while it is taken. */
    private final List<Object> output = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<ErrorRecord> errors = new ArrayList<>();
    private volatile JobState state = JobState.NotStarted;
    private Thread thread;

    BackgroundJob(int id, String name, String command) {
        this.id = id;
        this.name = name;
        this.command = command;
    }

    /** Starts the script on its own thread; the runspace must have been created on the caller's thread. */
    void start(NestedRunspace runspace, List<List<NestedRunspace.Command>> statements, List<Object> input) {
        state = JobState.Running;
        thread = new Thread(() -> run(runspace, statements, input), "openecma-job-" + id);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(NestedRunspace runspace, List<List<NestedRunspace.Command>> statements, List<Object> input) {
        JobState end = JobState.Completed;
        try {
            NestedRunspace.Result r = runspace.invoke(statements, input, output);
            synchronized (this) {
                errors.addAll(r.errors());
                if (r.failure() != null) {
                    errors.add(r.failure().errorRecord());
                    end = JobState.Failed;
                }
            }
        } catch (ExecutionContext.ScriptStoppedException e) {
            end = JobState.Stopped;
        } catch (PSRuntimeException e) {
            end = JobState.Failed;
        } finally {
            synchronized (this) {
                state = state == JobState.Stopping ? JobState.Stopped : end;
                notifyAll();
            }
        }
    }

    /** Stop-Job: interrupts the script and waits for its thread to end. */
    void stop() {
        synchronized (this) {
            if (state.finished()) {
                return;
            }
            state = JobState.Stopping;
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the job has finished or the deadline (System.nanoTime) passes; true when finished. */
    boolean awaitFinished(long deadline) throws InterruptedException {
        synchronized (this) {
            while (!state.finished()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // Short slices, so the waiting script stays stoppable.
                wait(Math.max(1, Math.min(50, left / 1_000_000)));
                ExecutionContext.current().checkCancelled();
            }
            return true;
        }
    }

    /** The output and errors produced so far; removed from the job unless {@code keep}. */
    synchronized Taken take(boolean keep) {
        Taken t;
        synchronized (output) {
            t = new Taken(new ArrayList<>(output), new ArrayList<>(errors));
            if (!keep) {
                output.clear();
            }
        }
        if (!keep) {
            errors.clear();
        }
        return t;
    }

    record Taken(List<Object> output, List<ErrorRecord> errors) {
    }

    @Override
    public int getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public JobState getState() {
        return state;
    }

    @Override
    public synchronized boolean getHasMoreData() {
        synchronized (output) {
            return !output.isEmpty() || !errors.isEmpty();
        }
    }

    @Override
    public String getCommand() {
        return command;
    }

    @Override
    public String getPSJobTypeName() {
        return "BackgroundJob";
    }

    /** Job.ToString is the .NET default, the type's full name. */
    @Override
    public String toString() {
        return "System.Management.Automation.PSRemotingJob";
    }
}

package io.openecma.worker.lane;

import io.openecma.worker.execution.ScriptExecutor;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Script calls of one handler: on its script thread, under the connector's time limit, timed per script. */
public final class Calls {

    private final ConnectorContext context;
    private final ScriptExecutor executor;

    public Calls(ConnectorContext context, String threadName) {
        this.context = context;
        this.executor = context.newExecutor(threadName);
    }

    public <T> T run(String script, Callable<T> call) {
        long start = System.nanoTime();
        try {
            return executor.call(script + " of connector " + context.name(), context.callLimit(), call);
        } finally {
            context.metrics().scriptDuration(context.name(), script, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    public void shutdown() {
        executor.shutdown();
    }
}

package io.openecma.worker.execution;

import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one lane's script calls on a thread of their own, under the process-wide limit of scripts
 * running at once, and gives up on a call after its time limit: the caller gets a
 * {@link ScriptTimedOutException}, the thread is interrupted and abandoned (the engine stops a
 * script whose thread is interrupted; the pwsh runtime kills its process), and the next call gets
 * a fresh thread. The permit is released only when
 * the abandoned script really ends, so hung scripts cannot multiply the load.
 */
public final class ScriptExecutor {

    private final String name;
    private final Semaphore permits;
    private ExecutorService thread;

    public ScriptExecutor(String name, Semaphore permits) {
        this.name = name;
        this.permits = permits;
        this.thread = newThread();
    }

    private ExecutorService newThread() {
        // A stack deep enough for the engine's call-depth limit (the JVM default is not).
        return Executors.newSingleThreadExecutor(io.openecma.powershell.ScriptThreads.daemonFactory(name + "-script"));
    }

    public <T> T call(String what, Duration limit, Callable<T> script) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run " + what, e);
        }
        Map<String, Object> mdc = MDC.getMap();
        Future<T> future;
        try {
            future = thread.submit(() -> {
                mdc.forEach(MDC::put);
                try {
                    return script.call();
                } finally {
                    MDC.clear();
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(future);
            throw new ScriptTimedOutException(what, limit);
        } catch (InterruptedException e) {
            abandon(future);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void abandon(Future<?> future) {
        future.cancel(true);
        thread.shutdownNow();
        thread = newThread();
    }

    public void shutdown() {
        thread.shutdownNow();
    }
}

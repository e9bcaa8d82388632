package io.openecma.powershell;

import java.util.concurrent.ThreadFactory;

/**
 * Threads to run scripts on: with a stack deep enough for {@link ScriptLimits#maxCallDepth} nested
 * calls (the JVM's default of 1 MB is not), so deep recursion ends in the script's
 * CallDepthOverflow error rather than in a StackOverflowError. The stack is reserved address space;
 * only what a script really uses is committed.
 */
public final class ScriptThreads {

    /** Windows PowerShell's pipeline thread has 10,000,000 bytes (LocalPipeline.DefaultPipelineStackSize); the JVM's frames are larger. */
    public static final long STACK_BYTES = 64L << 20;

    private ScriptThreads() {
    }

    public static Thread newThread(Runnable task, String name) {
        return new Thread(null, task, name, STACK_BYTES);
    }

    /** Runs {@code task} on a script thread and waits for it (a command-line runner's main). */
    public static int runAndWait(String name, java.util.function.IntSupplier task) {
        int[] result = {1};
        Throwable[] failure = {null};
        Thread t = newThread(() -> {
            try {
                result[0] = task.getAsInt();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, name);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            return 130;
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        return result[0];
    }

    /** A factory of daemon script threads named {@code name}. */
    public static ThreadFactory daemonFactory(String name) {
        return task -> {
            Thread t = newThread(task, name);
            t.setDaemon(true);
            return t;
        };
    }
}

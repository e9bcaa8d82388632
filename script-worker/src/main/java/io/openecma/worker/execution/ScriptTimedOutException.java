package io.openecma.worker.execution;

import java.time.Duration;

/** A script call did not return within its time limit; the worker gave up on it. */
public final class ScriptTimedOutException extends RuntimeException {

    public ScriptTimedOutException(String what, Duration limit) {
        super(what + " did not finish within " + limit + "; it was stopped and its session discarded");
    }
}

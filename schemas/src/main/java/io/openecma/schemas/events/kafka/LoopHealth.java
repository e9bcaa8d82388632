package io.openecma.schemas.events.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * What one Kafka poll loop is doing, for the service's liveness check: alive while it polls or
 * waits out a retriable error; dead once it failed with a fatal error or its thread ended without
 * being asked to stop. A dead loop never comes back by itself, so the orchestrator restarts the
 * process. Retries back off from 1 s, doubling to at most 30 s; a successful poll resets that.
 */
public final class LoopHealth {

    public enum State { STARTING, POLLING, RETRYING, FAILED, STOPPED }

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration SLICE = Duration.ofMillis(100);

    private final String name;
    private volatile State state = State.STARTING;
    private volatile String error;
    private volatile Instant since = Instant.now();
    private int consecutiveFailures;
    private volatile long retries;

    public LoopHealth(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public State state() {
        return state;
    }

    public boolean alive() {
        return state != State.FAILED;
    }

    /** The last error's class and message, or null. */
    public String error() {
        return error;
    }

    public long retries() {
        return retries;
    }

    /** A poll returned: the loop works. */
    public void polled() {
        if (state != State.POLLING) {
            move(State.POLLING);
        }
        consecutiveFailures = 0;
    }

    /** A retriable error: records it and returns how long to wait before polling again. */
    public synchronized Duration retrying(Throwable e) {
        error = describe(e);
        retries++;
        move(State.RETRYING);
        long factor = 1L << Math.min(consecutiveFailures++, 5);
        Duration wait = FIRST_BACKOFF.multipliedBy(factor);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** A fatal error: the loop ends and stays dead. */
    public void failed(Throwable e) {
        error = describe(e);
        move(State.FAILED);
    }

    /** The loop's thread ends: stopped when it was asked to, dead otherwise. */
    public void ended(boolean asked) {
        if (state == State.FAILED) {
            return;
        }
        if (!asked) {
            error = error == null ? "the loop ended without being stopped" : error;
            move(State.FAILED);
        } else {
            move(State.STOPPED);
        }
    }

    /** Waits the backoff in short slices, so a stop is not held up by it. Returns false when interrupted. */
    public static boolean pause(Duration wait, BooleanSupplier running) {
        long end = System.nanoTime() + wait.toNanos();
        try {
            while (running.getAsBoolean() && System.nanoTime() < end) {
                Thread.sleep(Math.min(SLICE.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One line for the health check: the state, since when, and the last error. */
    public String summary() {
        StringBuilder s = new StringBuilder(state.name().toLowerCase()).append(" since ").append(since);
        if (retries > 0) {
            s.append(", ").append(retries).append(" retries");
        }
        if (error != null && state != State.POLLING) {
            s.append(": ").append(error);
        }
        return s.toString();
    }

    private void move(State next) {
        state = next;
        since = Instant.now();
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}

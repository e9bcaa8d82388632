package io.openecma.powershell.types;

import java.time.Duration;

/**
 * System.Diagnostics.Stopwatch on the JVM's monotonic clock. Frequency is 10,000,000 ticks a
 * second (what QueryPerformanceFrequency reports on current Windows), so ElapsedTicks equals
 * Elapsed.Ticks.
 */
public final class StopwatchValue {
    public static final long Frequency = 10_000_000L;
    public static final boolean IsHighResolution = true;

    private long elapsedNanos;
    private long startedAt;
    private boolean running;

    public static StopwatchValue StartNew() {
        StopwatchValue s = new StopwatchValue();
        s.Start();
        return s;
    }

    public static long GetTimestamp() {
        return System.nanoTime() / 100;
    }

    public void Start() {
        if (!running) {
            startedAt = System.nanoTime();
            running = true;
        }
    }

    public void Stop() {
        if (running) {
            elapsedNanos += System.nanoTime() - startedAt;
            running = false;
        }
    }

    public void Reset() {
        elapsedNanos = 0;
        running = false;
    }

    public void Restart() {
        elapsedNanos = 0;
        startedAt = System.nanoTime();
        running = true;
    }

    public boolean getIsRunning() {
        return running;
    }

    public Duration getElapsed() {
        return Duration.ofNanos(nanos() / 100 * 100);
    }

    public long getElapsedMilliseconds() {
        return nanos() / 1_000_000L;
    }

    public long getElapsedTicks() {
        return nanos() / 100;
    }

    private long nanos() {
        return elapsedNanos + (running ? System.nanoTime() - startedAt : 0);
    }

    @Override
    public String toString() {
        return "System.Diagnostics.Stopwatch";
    }
}

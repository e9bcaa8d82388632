package io.openecma.powershell.types.facades;

import java.time.Duration;

/** Instance members of TimeSpan. */
public final class TimeSpanMembers {
    private TimeSpanMembers() {
    }

    public static long getDays(Duration d) {
        return d.toDays();
    }

    public static int getHours(Duration d) {
        return d.toHoursPart();
    }

    public static int getMinutes(Duration d) {
        return d.toMinutesPart();
    }

    public static int getSeconds(Duration d) {
        return d.toSecondsPart();
    }

    public static int getMilliseconds(Duration d) {
        return d.toMillisPart();
    }

    public static double getTotalSeconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    public static double getTotalMilliseconds(Duration d) {
        return d.toNanos() / 1e6;
    }

    public static double getTotalMinutes(Duration d) {
        return d.toNanos() / 60e9;
    }

    public static double getTotalHours(Duration d) {
        return d.toNanos() / 3600e9;
    }

    public static double getTotalDays(Duration d) {
        return d.toNanos() / 86400e9;
    }

    public static long getTicks(Duration d) {
        return d.toNanos() / 100;
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.time.Duration;
import java.util.List;

/** Statics and constructors of [timespan]. */
public final class TimeSpanStatics {
    private TimeSpanStatics() {
    }

    public static Duration create(List<Object> a) {
        long[] n = a.stream().mapToLong(v -> LanguagePrimitives.toNumber(v).longValue()).toArray();
        return switch (n.length) {
            case 1 -> Duration.ofNanos(n[0] * 100);
            case 3 -> Duration.ofHours(n[0]).plusMinutes(n[1]).plusSeconds(n[2]);
            case 4 -> Duration.ofDays(n[0]).plusHours(n[1]).plusMinutes(n[2]).plusSeconds(n[3]);
            case 5 -> Duration.ofDays(n[0]).plusHours(n[1]).plusMinutes(n[2]).plusSeconds(n[3]).plusMillis(n[4]);
            default -> throw new io.openecma.powershell.runtime.PSRuntimeException("ArgumentException",
                    "No TimeSpan constructor takes " + n.length + " arguments.");
        };
    }

    public static Duration FromSeconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    public static Duration FromMinutes(double m) {
        return Duration.ofNanos(Math.round(m * 60e9));
    }

    public static Duration FromHours(double h) {
        return Duration.ofNanos(Math.round(h * 3600e9));
    }

    public static Duration FromDays(double d) {
        return Duration.ofNanos(Math.round(d * 86400e9));
    }

    public static Duration FromMilliseconds(double ms) {
        return Duration.ofNanos(Math.round(ms * 1e6));
    }

    public static Duration getZero() {
        return Duration.ZERO;
    }
}

package io.openecma.powershell.types.globalization;

import io.openecma.powershell.dotnet.DotNetDateTime;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * {@code [System.TimeZone]::CurrentTimeZone} (the .NET Framework class 5.1 scripts still use): the
 * host's zone, its names and its UTC offset at a given local time.
 */
public final class TimeZoneValue {
    private final ZoneId zone;

    private TimeZoneValue(ZoneId zone) {
        this.zone = zone;
    }

    public static TimeZoneValue getCurrentTimeZone() {
        return new TimeZoneValue(ZoneId.systemDefault());
    }

    public String getStandardName() {
        return zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public String getDaylightName() {
        return getStandardName();
    }

    /** GetUtcOffset(DateTime): a UTC value has offset zero; local and unspecified values use the zone's rules. */
    public Duration GetUtcOffset(DotNetDateTime time) {
        if (time.kind() == DotNetDateTime.Kind.UTC) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(time.localOffset(zone).getTotalSeconds());
    }

    public boolean IsDaylightSavingTime(DotNetDateTime time) {
        return zone.getRules().isDaylightSavings(time.toInstant(zone));
    }

    @Override
    public String toString() {
        return "System.CurrentSystemTimeZone";
    }
}

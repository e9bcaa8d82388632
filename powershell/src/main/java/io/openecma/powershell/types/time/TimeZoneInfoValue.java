package io.openecma.powershell.types.time;

import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.TypeRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.TimeZone;

/**
 * System.TimeZoneInfo over the host's time-zone database: Id, DisplayName, StandardName,
 * DaylightName, BaseUtcOffset, SupportsDaylightSavingTime, [TimeZoneInfo]::Local / Utc /
 * GetSystemTimeZones() / FindSystemTimeZoneById(). The Ids are the host's (IANA) names, as .NET
 * gives on Linux; Windows' own Ids ("Pacific Standard Time") need its registry, which is not here.
 * Names are en-US, as 5.1 on an en-US Windows prints them.
 */
public final class TimeZoneInfoValue {
    private final ZoneId zone;

    private TimeZoneInfoValue(ZoneId zone) {
        this.zone = zone;
    }

    public static void register(TypeRegistry registry) {
        registry.register("System.TimeZoneInfo", TimeZoneInfoValue.class);
    }

    public static TimeZoneInfoValue of(ZoneId zone) {
        return new TimeZoneInfoValue(zone);
    }

    public static TimeZoneInfoValue getLocal() {
        return new TimeZoneInfoValue(ZoneId.systemDefault());
    }

    public static TimeZoneInfoValue getUtc() {
        return new TimeZoneInfoValue(ZoneOffset.UTC);
    }

    /** The zones of the host, ordered as .NET orders them: by base offset, then display name. */
    public static Object[] GetSystemTimeZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .map(id -> new TimeZoneInfoValue(ZoneId.of(id)))
                .sorted(Comparator.comparing((TimeZoneInfoValue z) -> z.getBaseUtcOffset())
                        .thenComparing(TimeZoneInfoValue::getDisplayName))
                .toArray();
    }

    /** TimeZoneNotFoundException ("The time zone ID '...' was not found on the local computer.") for an unknown Id. */
    public static TimeZoneInfoValue FindSystemTimeZoneById(String id) {
        if (id != null) {
            if (id.equalsIgnoreCase("UTC")) {
                return getUtc();
            }
            for (String known : ZoneId.getAvailableZoneIds()) {
                if (known.equalsIgnoreCase(id)) {
                    return new TimeZoneInfoValue(ZoneId.of(known));
                }
            }
        }
        throw new PSRuntimeException("System.TimeZoneNotFoundException",
                "The time zone ID '" + id + "' was not found on the local computer.");
    }

    public String getId() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** "(UTC-08:00) Pacific Time", as Windows' "(UTC±hh:mm) name" display names are built. */
    public String getDisplayName() {
        Duration offset = getBaseUtcOffset();
        if (offset.isZero() && zone.equals(ZoneOffset.UTC)) {
            return "(UTC) Coordinated Universal Time";
        }
        long minutes = Math.abs(offset.toMinutes());
        String sign = offset.isNegative() ? "-" : "+";
        return String.format(Locale.ROOT, "(UTC%s%02d:%02d) %s", sign, minutes / 60, minutes % 60,
                zone.getDisplayName(TextStyle.FULL, Locale.US));
    }

    public String getStandardName() {
        return javaZone().getDisplayName(false, TimeZone.LONG, Locale.US);
    }

    public String getDaylightName() {
        return javaZone().getDisplayName(javaZone().useDaylightTime(), TimeZone.LONG, Locale.US);
    }

    public Duration getBaseUtcOffset() {
        return Duration.ofMillis(javaZone().getRawOffset());
    }

    public boolean getSupportsDaylightSavingTime() {
        return javaZone().useDaylightTime();
    }

    /** The offset from UTC at a moment (a Local or Unspecified DateTime is read in this zone). */
    public Duration GetUtcOffset(DotNetDateTime when) {
        Instant at = when.toInstant(zone);
        return Duration.ofSeconds(zone.getRules().getOffset(at).getTotalSeconds());
    }

    public boolean IsDaylightSavingTime(DotNetDateTime when) {
        return zone.getRules().isDaylightSavings(when.toInstant(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    private TimeZone javaZone() {
        return TimeZone.getTimeZone(zone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeZoneInfoValue t && t.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return getDisplayName();
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;

import java.time.Duration;
import java.time.ZoneId;

/** Instance members of DateTime. */
public final class DateTimeMembers {
    private DateTimeMembers() {
    }

    private static DotNetDateTime with(DotNetDateTime d, java.time.LocalDateTime v) {
        return new DotNetDateTime(v, d.kind());
    }

    public static int CompareTo(DotNetDateTime d, DotNetDateTime other) {
        return Integer.signum(d.value().compareTo(other.value()));
    }

    public static int getDayOfYear(DotNetDateTime d) {
        return d.value().getDayOfYear();
    }

    public static int getMillisecond(DotNetDateTime d) {
        return d.value().getNano() / 1_000_000;
    }

    public static int getYear(DotNetDateTime d) {
        return d.value().getYear();
    }

    public static int getMonth(DotNetDateTime d) {
        return d.value().getMonthValue();
    }

    public static int getDay(DotNetDateTime d) {
        return d.value().getDayOfMonth();
    }

    public static int getHour(DotNetDateTime d) {
        return d.value().getHour();
    }

    public static int getMinute(DotNetDateTime d) {
        return d.value().getMinute();
    }

    public static int getSecond(DotNetDateTime d) {
        return d.value().getSecond();
    }

    public static long getTicks(DotNetDateTime d) {
        return d.ticks();
    }

    public static DotNetDateTime getDate(DotNetDateTime d) {
        return with(d, d.value().toLocalDate().atStartOfDay());
    }

    public static String getDayOfWeek(DotNetDateTime d) {
        String n = d.value().getDayOfWeek().name();
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public static Object getKind(DotNetDateTime d) {
        String n = d.kind().name();
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public static DotNetDateTime AddDays(DotNetDateTime d, double v) {
        return with(d, d.value().plusNanos(Math.round(v * 86_400_000_000_000d)));
    }

    public static DotNetDateTime AddHours(DotNetDateTime d, double v) {
        return with(d, d.value().plusNanos(Math.round(v * 3_600_000_000_000d)));
    }

    public static DotNetDateTime AddMinutes(DotNetDateTime d, double v) {
        return with(d, d.value().plusNanos(Math.round(v * 60_000_000_000d)));
    }

    public static DotNetDateTime AddSeconds(DotNetDateTime d, double v) {
        return with(d, d.value().plusNanos(Math.round(v * 1_000_000_000d)));
    }

    public static DotNetDateTime AddMonths(DotNetDateTime d, int v) {
        return with(d, d.value().plusMonths(v));
    }

    public static DotNetDateTime AddYears(DotNetDateTime d, int v) {
        return with(d, d.value().plusYears(v));
    }

    public static DotNetDateTime Add(DotNetDateTime d, Duration t) {
        return with(d, d.value().plus(t));
    }

    /** DateTime.Subtract(DateTime): the wall-clock difference; .NET ignores Kind here. */
    public static Duration Subtract(DotNetDateTime d, DotNetDateTime other) {
        return Duration.between(other.value(), d.value());
    }

    public static DotNetDateTime Subtract(DotNetDateTime d, Duration t) {
        return with(d, d.value().minus(t));
    }

    public static String ToString(DotNetDateTime d) {
        return DateTimeFormat.format(d, "G", DotNetCulture.EN_US, ZoneId.systemDefault());
    }

    public static String ToString(DotNetDateTime d, String format) {
        return DateTimeFormat.format(d, format, DotNetCulture.EN_US, ZoneId.systemDefault());
    }

    public static String ToString(DotNetDateTime d, String format, Object provider) {
        return DateTimeFormat.format(d, format, DotNetCulture.INVARIANT, ZoneId.systemDefault());
    }

    public static DotNetDateTime ToUniversalTime(DotNetDateTime d) {
        return d.toUniversalTime(ZoneId.systemDefault());
    }

    public static DotNetDateTime ToLocalTime(DotNetDateTime d) {
        return d.toLocalTime(ZoneId.systemDefault());
    }

    public static String ToShortDateString(DotNetDateTime d) {
        return DateTimeFormat.format(d, "d", DotNetCulture.EN_US, ZoneId.systemDefault());
    }

    /** DateTime.ToLongDateString(): the culture's long date pattern ("D"). */
    public static String ToLongDateString(DotNetDateTime d) {
        return DateTimeFormat.format(d, "D", DotNetCulture.EN_US, ZoneId.systemDefault());
    }

    /** DateTime.ToLongTimeString(): the culture's long time pattern ("T"). */
    public static String ToLongTimeString(DotNetDateTime d) {
        return DateTimeFormat.format(d, "T", DotNetCulture.EN_US, ZoneId.systemDefault());
    }

    /** DateTime.ToShortTimeString(): the culture's short time pattern ("t"). */
    public static String ToShortTimeString(DotNetDateTime d) {
        return DateTimeFormat.format(d, "t", DotNetCulture.EN_US, ZoneId.systemDefault());
    }
}

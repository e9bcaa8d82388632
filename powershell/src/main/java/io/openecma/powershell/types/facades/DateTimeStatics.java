package io.openecma.powershell.types.facades;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;

import java.time.ZoneId;

/** Statics of [datetime]. */
public final class DateTimeStatics {
    private DateTimeStatics() {
    }

    public static DotNetDateTime create(java.util.List<Object> args) {
        // DateTime(ticks, kind), (y, m, d, h, mi, s, kind) and (y, m, d, h, mi, s, ms, kind).
        java.util.List<Object> a = args;
        DotNetDateTime.Kind kind = DotNetDateTime.Kind.UNSPECIFIED;
        if (!a.isEmpty() && io.openecma.powershell.runtime.LanguagePrimitives.base(a.get(a.size() - 1))
                instanceof io.openecma.powershell.types.DateTimeKind k && (a.size() == 2 || a.size() == 7 || a.size() == 8)) {
            kind = k.kind();
            a = a.subList(0, a.size() - 1);
        }
        int[] n = a.stream().mapToInt(v -> io.openecma.powershell.runtime.LanguagePrimitives.toNumber(v).intValue()).toArray();
        if (n.length == 1) {
            return DotNetDateTime.ofTicks(io.openecma.powershell.runtime.LanguagePrimitives.toNumber(a.get(0)).longValue(), kind);
        }
        if (n.length != 3 && n.length != 6 && n.length != 7) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("ArgumentException",
                    "No DateTime constructor takes " + n.length + " arguments.");
        }
        java.time.LocalDateTime v = java.time.LocalDateTime.of(n[0], n[1], n[2], n.length > 3 ? n[3] : 0,
                n.length > 4 ? n[4] : 0, n.length > 5 ? n[5] : 0, n.length > 6 ? n[6] * 1_000_000 : 0);
        return new DotNetDateTime(v, kind);
    }

    public static int DaysInMonth(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    public static boolean IsLeapYear(int year) {
        return java.time.Year.isLeap(year);
    }

    public static DotNetDateTime getMinValue() {
        return DotNetDateTime.ofTicks(0, DotNetDateTime.Kind.UNSPECIFIED);
    }

    public static DotNetDateTime getMaxValue() {
        return DotNetDateTime.ofTicks(3155378975999999999L, DotNetDateTime.Kind.UNSPECIFIED);
    }

    public static DotNetDateTime getNow() {
        return DotNetDateTime.now(ZoneId.systemDefault());
    }

    public static DotNetDateTime getUtcNow() {
        return DotNetDateTime.utcNow();
    }

    public static DotNetDateTime getToday() {
        DotNetDateTime now = getNow();
        return new DotNetDateTime(now.value().toLocalDate().atStartOfDay(), now.kind());
    }

    public static DotNetDateTime Parse(String s) {
        return DateTimeFormat.parse(s, DotNetCulture.EN_US, ZoneId.systemDefault());
    }

    public static DotNetDateTime ParseExact(String s, String format, Object provider) {
        return DateTimeFormat.parseExact(s, format, DotNetCulture.INVARIANT, ZoneId.systemDefault());
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;

import java.time.ZoneId;

/** Statics of [datetime]. */
public final class DateTimeStatics {
    private DateTimeStatics() {
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

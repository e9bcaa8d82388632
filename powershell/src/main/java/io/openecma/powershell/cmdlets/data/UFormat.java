package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;
import java.time.ZoneId;

/**
 * Get-Date -UFormat: Unix-style %-specifiers mapped to .NET formats. Differences from 5.1: %s is
 * whole seconds of the UTC instant (5.1 prints local-time seconds with a fraction).
 */
final class UFormat {
    private UFormat() {
    }

    static String format(DotNetDateTime dt, String format, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            char spec = format.charAt(++i);
            out.append(switch (spec) {
                case 'a' -> f(dt, "ddd", zone);
                case 'A' -> f(dt, "dddd", zone);
                case 'b', 'h' -> f(dt, "MMM", zone);
                case 'B' -> f(dt, "MMMM", zone);
                case 'c' -> f(dt, "ddd MMM dd HH:mm:ss yyyy", zone);
                case 'C' -> Integer.toString(dt.value().getYear() / 100);
                case 'd' -> f(dt, "dd", zone);
                case 'D' -> f(dt, "MM/dd/yy", zone);
                case 'e' -> String.format("%2d", dt.value().getDayOfMonth());
                case 'F' -> f(dt, "yyyy-MM-dd", zone);
                case 'H' -> f(dt, "HH", zone);
                case 'I' -> f(dt, "hh", zone);
                case 'j' -> String.format("%03d", dt.value().getDayOfYear());
                case 'k' -> String.format("%2d", dt.value().getHour());
                case 'l' -> String.format("%2d", (dt.value().getHour() + 11) % 12 + 1);
                case 'm' -> f(dt, "MM", zone);
                case 'M' -> f(dt, "mm", zone);
                case 'n' -> "\n";
                case 'p' -> f(dt, "tt", zone);
                case 'r' -> f(dt, "hh:mm:ss tt", zone);
                case 'R' -> f(dt, "HH:mm", zone);
                case 's' -> Long.toString(dt.toInstant(zone).getEpochSecond());
                case 'S' -> f(dt, "ss", zone);
                case 't' -> "\t";
                case 'T', 'X' -> f(dt, "HH:mm:ss", zone);
                case 'u' -> Integer.toString(dt.value().getDayOfWeek().getValue());
                case 'w' -> Integer.toString(dt.value().getDayOfWeek().getValue() % 7);
                case 'x' -> f(dt, "MM/dd/yy", zone);
                case 'y' -> f(dt, "yy", zone);
                case 'Y' -> f(dt, "yyyy", zone);
                case 'Z' -> f(dt, "zz", zone);
                case '%' -> "%";
                default -> "%" + spec;
            });
        }
        return out.toString();
    }

    private static String f(DotNetDateTime dt, String pattern, ZoneId zone) {
        return DateTimeFormat.format(dt, pattern, DotNetCulture.EN_US, zone);
    }
}

package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.CompositeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.dotnet.NumberFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Get-Date -UFormat as Windows PowerShell 5.1 does it (GetDateCommand.UFormatDateString): each
 * %-specifier becomes a composite-format item or a number, and the whole text then goes through
 * String.Format with the date as argument {0}. So %V is DayOfYear/7+1 (not the ISO week, that came
 * in 7.0), %G/%g are the calendar year, %u is 0..6 from Sunday, %j is unpadded, %k/%l are HH/hh,
 * %s is the local wall-clock seconds since 1970 as a double, an unknown %x keeps only x, and %F
 * (6.1+) is unknown. Literal braces are composite-format syntax, as in 5.1.
 */
final class UFormat {
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private UFormat() {
    }

    static String format(DotNetDateTime dt, String format) {
        return CompositeFormat.format(composite(dt, format), List.of(dt), DotNetCulture.EN_US);
    }

    /** The composite format string 5.1 builds before calling String.Format. */
    static String composite(DotNetDateTime dt, String format) {
        LocalDateTime t = dt.value();
        StringBuilder sb = new StringBuilder();
        int start = format.startsWith("+") ? 1 : 0; // "+%Y" as for Unix date
        for (int i = start; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                sb.append(c);
                continue;
            }
            char spec = format.charAt(++i);
            sb.append(switch (spec) {
                case 'A' -> "{0:dddd}";
                case 'a' -> "{0:ddd}";
                case 'B' -> "{0:MMMM}";
                case 'b', 'h' -> "{0:MMM}";
                case 'C' -> Integer.toString(t.getYear() / 100);
                case 'c' -> "{0:ddd} {0:MMM} " + String.format("%2d ", t.getDayOfMonth()) + "{0:HH}:{0:mm}:{0:ss} {0:yyyy}";
                case 'D', 'x' -> "{0:MM/dd/yy}";
                case 'd' -> "{0:dd}";
                case 'e' -> String.format("%2d", t.getDayOfMonth());
                case 'H', 'k' -> "{0:HH}";
                case 'I', 'l' -> "{0:hh}";
                case 'j' -> Integer.toString(t.getDayOfYear());
                case 'M' -> "{0:mm}";
                case 'm' -> "{0:MM}";
                case 'n' -> "\n";
                case 'p' -> "{0:tt}";
                case 'R' -> "{0:HH:mm}";
                case 'r' -> "{0:hh:mm:ss tt}";
                case 'S' -> "{0:ss}";
                case 's' -> NumberFormat.format(totalSeconds(t), null, DotNetCulture.EN_US);
                case 'T', 'X' -> "{0:HH:mm:ss}";
                case 't' -> "\t";
                case 'u', 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
                case 'U', 'W' -> Integer.toString(t.getDayOfYear() / 7);
                case 'V' -> Integer.toString(t.getDayOfYear() / 7 + 1);
                case 'G', 'Y' -> "{0:yyyy}";
                case 'g', 'y' -> "{0:yy}";
                case 'Z' -> "{0:zz}";
                default -> String.valueOf(spec);
            });
        }
        return sb.toString();
    }

    /** dateTime.Subtract(1970-01-01).TotalSeconds: wall clock, so the zone does not enter. */
    private static double totalSeconds(LocalDateTime t) {
        Duration d = Duration.between(EPOCH, t);
        return d.getSeconds() + d.getNano() / 1e9;
    }
}

package io.openecma.powershell.dotnet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * .NET DateTime formatting and parsing ({@code ToString(format)}, {@code DateTime.Parse},
 * {@code DateTime.ParseExact}) as in .NET Framework 4.x. PowerShell casts
 * ({@code [datetime]"2024-01-31 10:00"}) parse with the invariant culture; {@code Get-Date -Format}
 * and {@code ToString()} use the current culture (en-US on this host).
 * <p>
 * Framework quirk kept on purpose: "zzz" on a UTC value prints the local zone's offset (.NET
 * Core prints +00:00).
 */
public final class DateTimeFormat {
    static final String BAD_FORMAT = "Input string was not in a correct format.";
    static final String NOT_A_DATE = "String was not recognized as a valid DateTime.";
    private static final String ROUND_TRIP = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
    private static final String RFC1123 = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
    private static final String SORTABLE = "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
    private static final String UNIVERSAL_SORTABLE = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";

    private DateTimeFormat() {
    }

    /** {@code dt.ToString(format, culture)}; null or empty format means "G". */
    public static String format(DotNetDateTime dt, String format, DotNetCulture c, ZoneId localZone) {
        String fmt = format == null || format.isEmpty() ? "G" : format;
        DotNetDateTime value = dt;
        DotNetCulture culture = c;
        if (fmt.length() == 1) {
            char spec = fmt.charAt(0);
            switch (spec) {
                case 'r', 'R', 's', 'u' -> culture = DotNetCulture.INVARIANT;
                case 'U' -> value = dt.toUniversalTime(localZone);
                default -> {
                }
            }
            fmt = expandStandard(spec, c);
        }
        return custom(value, fmt, culture, localZone);
    }

    private static String expandStandard(char spec, DotNetCulture c) {
        return switch (spec) {
            case 'd' -> c.shortDatePattern();
            case 'D' -> c.longDatePattern();
            case 'f' -> c.longDatePattern() + " " + c.shortTimePattern();
            case 'F', 'U' -> c.fullDateTimePattern();
            case 'g' -> c.shortDatePattern() + " " + c.shortTimePattern();
            case 'G' -> c.shortDatePattern() + " " + c.longTimePattern();
            case 'm', 'M' -> c.monthDayPattern();
            case 'o', 'O' -> ROUND_TRIP;
            case 'r', 'R' -> RFC1123;
            case 's' -> SORTABLE;
            case 't' -> c.shortTimePattern();
            case 'T' -> c.longTimePattern();
            case 'u' -> UNIVERSAL_SORTABLE;
            case 'y', 'Y' -> c.yearMonthPattern();
            default -> throw new DotNetFormatException(BAD_FORMAT);
        };
    }

    private static int repeat(String f, int i) {
        char ch = f.charAt(i);
        int j = i;
        while (j < f.length() && f.charAt(j) == ch) {
            j++;
        }
        return j - i;
    }

    private static String pad(long number, int width) {
        String s = Long.toString(Math.abs(number));
        return (number < 0 ? "-" : "") + "0".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String custom(DotNetDateTime dt, String f, DotNetCulture c, ZoneId localZone) {
        LocalDateTime v = dt.value();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < f.length()) {
            char ch = f.charAt(i);
            int n = repeat(f, i);
            switch (ch) {
                case 'd' -> {
                    if (n <= 2) {
                        out.append(pad(v.getDayOfMonth(), n));
                    } else {
                        int day = v.getDayOfWeek().getValue() % 7;
                        out.append(n == 3 ? c.abbreviatedDayNames().get(day) : c.dayNames().get(day));
                    }
                }
                case 'M' -> {
                    if (n <= 2) {
                        out.append(pad(v.getMonthValue(), n));
                    } else {
                        int m = v.getMonthValue() - 1;
                        out.append(n == 3 ? c.abbreviatedMonthNames().get(m) : c.monthNames().get(m));
                    }
                }
                case 'y' -> {
                    if (n <= 2) {
                        out.append(pad(v.getYear() % 100, n));
                    } else {
                        out.append(pad(v.getYear(), n));
                    }
                }
                case 'h' -> {
                    int h = v.getHour() % 12;
                    out.append(pad(h == 0 ? 12 : h, Math.min(n, 2)));
                }
                case 'H' -> out.append(pad(v.getHour(), Math.min(n, 2)));
                case 'm' -> out.append(pad(v.getMinute(), Math.min(n, 2)));
                case 's' -> out.append(pad(v.getSecond(), Math.min(n, 2)));
                case 'f', 'F' -> {
                    if (n > 7) {
                        throw new DotNetFormatException(BAD_FORMAT);
                    }
                    String fraction = pad(v.getNano() / 100, 7).substring(0, n);
                    if (ch == 'F') {
                        fraction = fraction.replaceAll("0+$", "");
                        if (fraction.isEmpty() && out.length() > 0 && out.charAt(out.length() - 1) == '.') {
                            out.setLength(out.length() - 1);
                        }
                    }
                    out.append(fraction);
                }
                case 't' -> {
                    String designator = v.getHour() < 12 ? c.amDesignator() : c.pmDesignator();
                    out.append(n == 1 ? designator.substring(0, Math.min(1, designator.length())) : designator);
                }
                case 'g' -> out.append("A.D.");
                case 'K' -> {
                    n = 1;
                    if (dt.kind() == DotNetDateTime.Kind.UTC) {
                        out.append('Z');
                    } else if (dt.kind() == DotNetDateTime.Kind.LOCAL) {
                        out.append(offset(dt.localOffset(localZone), 3));
                    }
                }
                case 'z' -> out.append(offset(dt.localOffset(localZone), n));
                case ':' -> {
                    n = 1;
                    out.append(':');
                }
                case '/' -> {
                    n = 1;
                    out.append('/');
                }
                case '\'', '"' -> {
                    int end = f.indexOf(ch, i + 1);
                    if (end < 0) {
                        throw new DotNetFormatException(BAD_FORMAT);
                    }
                    out.append(f, i + 1, end);
                    n = end - i + 1;
                }
                case '\\' -> {
                    if (i + 1 >= f.length()) {
                        throw new DotNetFormatException(BAD_FORMAT);
                    }
                    out.append(f.charAt(i + 1));
                    n = 2;
                }
                case '%' -> {
                    if (i + 1 >= f.length() || f.charAt(i + 1) == '%') {
                        throw new DotNetFormatException(BAD_FORMAT);
                    }
                    n = 1;
                }
                default -> {
                    n = 1;
                    out.append(ch);
                }
            }
            i += n;
        }
        return out.toString();
    }

    private static String offset(ZoneOffset offset, int width) {
        int total = offset.getTotalSeconds() / 60;
        String sign = total < 0 ? "-" : "+";
        int hours = Math.abs(total) / 60;
        int minutes = Math.abs(total) % 60;
        return switch (width) {
            case 1 -> sign + hours;
            case 2 -> sign + pad(hours, 2);
            default -> sign + pad(hours, 2) + ":" + pad(minutes, 2);
        };
    }

    // ---------------------------------------------------------------- parsing

    /** Formats {@code DateTime.Parse} tries, most specific first; single letters take 1-2 digits. */
    private static final List<String> PARSE_FORMATS = List.of(
            "yyyy-M-d'T'H:m:s.FFFFFFFK", "yyyy-M-d H:m:s.FFFFFFFK", "yyyy-M-d'T'H:mK", "yyyy-M-d H:mK",
            "yyyy-M-d'T'H:m:sK", "yyyy-M-d H:m:sK", "yyyy-M-d", "yyyy/M/d H:m:s.FFFFFFF", "yyyy/M/d H:m",
            "yyyy/M/d", "M/d/yyyy H:m:s.FFFFFFF", "M/d/yyyy H:m:s", "M/d/yyyy h:m:s tt", "M/d/yyyy H:m", "M/d/yyyy h:m tt",
            "M/d/yyyy", "M-d-yyyy H:m:s", "M-d-yyyy", "M.d.yyyy H:m:s", "M.d.yyyy", "ddd, d MMM yyyy H:m:s 'GMT'", "dddd, d MMMM yyyy H:m:s", "dddd, MMMM d, yyyy h:m:s tt",
            "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy", "d MMMM yyyy H:m:s", "d MMMM yyyy", "d MMM yyyy",
            "MMMM d, yyyy h:m:s tt", "MMMM d, yyyy H:m:s", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy",
            "yyyy-M-d H:m:s'Z'", "H:m:s", "H:m", "h:m:s tt", "h:m tt");

    /**
     * {@code DateTime.Parse(s, culture)}: accepts ISO 8601, the culture's short date with optional
     * time, RFC 1123 and month-name forms. A zone designator (Z, offset, GMT) converts the value to
     * local time with Kind Local, as .NET does; a time alone takes today's date.
     */
    public static DotNetDateTime parse(String text, DotNetCulture c, ZoneId localZone) {
        String s = text.trim().replaceAll("\\s+", " ");
        for (String format : PARSE_FORMATS) {
            DotNetDateTime parsed = tryParseExact(s, format, c, localZone, true);
            if (parsed != null) {
                return parsed;
            }
        }
        throw new DotNetFormatException(NOT_A_DATE);
    }

    /** {@code DateTime.ParseExact(s, format, culture)} with DateTimeStyles.None. */
    public static DotNetDateTime parseExact(String text, String format, DotNetCulture c, ZoneId localZone) {
        if (format == null || format.isEmpty()) {
            throw new DotNetFormatException("String was not recognized as a valid DateTime because the format "
                    + "string is empty.");
        }
        String f = format;
        DotNetCulture culture = c;
        if (format.length() == 1) {
            char spec = format.charAt(0);
            if ("rRsu".indexOf(spec) >= 0) {
                culture = DotNetCulture.INVARIANT;
            }
            f = expandStandard(spec, c);
        }
        DotNetDateTime parsed = tryParseExact(text, f, culture, localZone, false);
        if (parsed == null) {
            throw new DotNetFormatException(NOT_A_DATE);
        }
        return parsed;
    }

    private enum Field { YEAR, YEAR2, MONTH, MONTH_NAME, DAY, DAY_NAME, HOUR24, HOUR12, MINUTE, SECOND, FRACTION,
        DESIGNATOR, ZONE, GMT }

    private static DotNetDateTime tryParseExact(String text, String f, DotNetCulture c, ZoneId localZone,
            boolean lenient) {
        List<Field> fields = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < f.length()) {
            char ch = f.charAt(i);
            int n = repeat(f, i);
            switch (ch) {
                case 'd' -> {
                    if (n <= 2) {
                        group(regex, fields, Field.DAY, n == 1 || lenient ? "\\d{1,2}" : "\\d{2}");
                    } else {
                        group(regex, fields, Field.DAY_NAME, alternatives(n == 3 ? c.abbreviatedDayNames()
                                : c.dayNames()));
                    }
                }
                case 'M' -> {
                    if (n <= 2) {
                        group(regex, fields, Field.MONTH, n == 1 || lenient ? "\\d{1,2}" : "\\d{2}");
                    } else {
                        group(regex, fields, Field.MONTH_NAME, alternatives(n == 3 ? c.abbreviatedMonthNames()
                                : c.monthNames()));
                    }
                }
                case 'y' -> {
                    if (n <= 2) {
                        group(regex, fields, Field.YEAR2, n == 1 ? "\\d{1,2}" : "\\d{2}");
                    } else {
                        group(regex, fields, Field.YEAR, "\\d{" + n + "," + Math.max(n, 4) + "}");
                    }
                }
                case 'H', 'h', 'm', 's' -> {
                    Field field = switch (ch) {
                        case 'H' -> Field.HOUR24;
                        case 'h' -> Field.HOUR12;
                        case 'm' -> Field.MINUTE;
                        default -> Field.SECOND;
                    };
                    group(regex, fields, field, n == 1 || lenient ? "\\d{1,2}" : "\\d{2}");
                }
                case 'f', 'F' -> {
                    if (ch == 'F' && regex.length() > 0 && regex.toString().endsWith("\\.")) {
                        regex.setLength(regex.length() - 2);
                        regex.append("(?:\\.");
                        group(regex, fields, Field.FRACTION, "\\d{1," + n + "}");
                        regex.append(")?");
                    } else {
                        group(regex, fields, Field.FRACTION, ch == 'f' ? "\\d{" + n + "}" : "\\d{0," + n + "}");
                    }
                }
                case 't' -> group(regex, fields, Field.DESIGNATOR, n == 1 ? "[AaPp]" : "(?i:AM|PM)");
                case 'z' -> group(regex, fields, Field.ZONE, n == 1 ? "[+-]\\d{1,2}" : n == 2 ? "[+-]\\d{2}"
                        : "[+-]\\d{2}:?\\d{2}");
                case 'K' -> {
                    n = 1;
                    group(regex, fields, Field.ZONE, "Z|z|[+-]\\d{2}:?\\d{2}|");
                }
                case '\'', '"' -> {
                    int end = f.indexOf(ch, i + 1);
                    if (end < 0) {
                        throw new DotNetFormatException(BAD_FORMAT);
                    }
                    String literal = f.substring(i + 1, end);
                    if (literal.equals("GMT")) {
                        group(regex, fields, Field.GMT, "GMT");
                    } else {
                        regex.append(Pattern.quote(literal));
                    }
                    n = end - i + 1;
                }
                case '\\' -> {
                    regex.append(Pattern.quote(String.valueOf(f.charAt(i + 1))));
                    n = 2;
                }
                case '%' -> n = 1;
                default -> {
                    n = 1;
                    regex.append(ch == ' ' ? " " : Pattern.quote(String.valueOf(ch)));
                }
            }
            i += n;
        }
        Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(text);
        if (!m.matches()) {
            return null;
        }
        return build(m, fields, c, localZone);
    }

    private static String alternatives(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(name));
        }
        return sb.toString();
    }

    private static void group(StringBuilder regex, List<Field> fields, Field field, String body) {
        regex.append('(').append(body).append(')');
        fields.add(field);
    }

    private static DotNetDateTime build(Matcher m, List<Field> fields, DotNetCulture c, ZoneId localZone) {
        LocalDate today = LocalDate.now(localZone);
        int year = today.getYear();
        int month = today.getMonthValue();
        int day = today.getDayOfMonth();
        boolean dateSeen = false;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        Boolean pm = null;
        boolean hour12 = false;
        ZoneOffset zone = null;
        for (int g = 0; g < fields.size(); g++) {
            String value = m.group(g + 1);
            if (value == null) {
                continue;
            }
            switch (fields.get(g)) {
                case YEAR -> {
                    year = Integer.parseInt(value);
                    dateSeen = true;
                }
                case YEAR2 -> {
                    int y = Integer.parseInt(value);
                    year = y <= 29 ? 2000 + y : 1900 + y; // .NET's TwoDigitYearMax 2029
                    dateSeen = true;
                }
                case MONTH -> month = Integer.parseInt(value);
                case MONTH_NAME -> month = indexOf(value, c.monthNames(), c.abbreviatedMonthNames()) + 1;
                case DAY -> day = Integer.parseInt(value);
                case HOUR24 -> hour = Integer.parseInt(value);
                case HOUR12 -> {
                    hour = Integer.parseInt(value);
                    hour12 = true;
                    if (hour < 1 || hour > 12) {
                        return null;
                    }
                }
                case MINUTE -> minute = Integer.parseInt(value);
                case SECOND -> second = Integer.parseInt(value);
                case FRACTION -> {
                    if (!value.isEmpty()) {
                        nanos = Integer.parseInt((value + "000000000").substring(0, 9));
                    }
                }
                case DESIGNATOR -> pm = Character.toUpperCase(value.charAt(0)) == Character.toUpperCase(
                        c.pmDesignator().charAt(0));
                case ZONE -> zone = parseZone(value);
                case GMT -> zone = ZoneOffset.UTC;
                default -> {
                }
            }
        }
        if (hour12 && pm != null) {
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (pm != null && hour > 12) {
            return null;
        } else if (pm != null && pm && hour < 12) {
            hour += 12;
        }
        if (!dateSeen && fields.stream().noneMatch(x -> x == Field.DAY || x == Field.MONTH)) {
            year = today.getYear();
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
        if (zone == null) {
            return new DotNetDateTime(local, DotNetDateTime.Kind.UNSPECIFIED);
        }
        LocalDateTime inLocal = LocalDateTime.ofInstant(local.toInstant(zone), localZone);
        return new DotNetDateTime(inLocal, DotNetDateTime.Kind.LOCAL);
    }

    private static int indexOf(String name, List<String> full, List<String> abbreviated) {
        for (int k = 0; k < full.size(); k++) {
            if (full.get(k).equalsIgnoreCase(name) || abbreviated.get(k).equalsIgnoreCase(name)) {
                return k;
            }
        }
        return 0;
    }

    private static ZoneOffset parseZone(String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        int sign = value.charAt(0) == '-' ? -1 : 1;
        String digits = value.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, 2) : digits);
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

}

package io.openecma.powershell.dotnet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneId;
import java.util.List;

/**
 * .NET composite formatting ({@code String.Format}, PowerShell's {@code -f}):
 * {@code {index[,alignment][:format]}} items, {@code {{}} and {@code }}} escapes. Numbers go through
 * {@link NumberFormat}, {@link DotNetDateTime} through {@link DateTimeFormat}, anything else through
 * the caller's {@link ValueFormatter} (the engine's ToString). PowerShell's {@code -f} uses the
 * current culture (en-US on this host), unlike casts and string interpolation.
 */
public final class CompositeFormat {
    static final String BAD_FORMAT = "Input string was not in a correct format.";
    static final String BAD_INDEX =
            "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.";

    /** Formats one argument that is not a number or date; {@code format} may be null. */
    @FunctionalInterface
    public interface ValueFormatter {
        String format(Object value, String format, DotNetCulture culture);
    }

    private CompositeFormat() {
    }

    /** Formats with {@code String.valueOf} for values that are neither numbers nor dates. */
    public static String format(String format, List<?> args, DotNetCulture culture) {
        return format(format, args, culture, (v, f, c) -> String.valueOf(v));
    }

    public static String format(String format, List<?> args, DotNetCulture culture, ValueFormatter other) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = format.length();
        while (i < n) {
            char ch = format.charAt(i);
            if (ch == '}') {
                if (i + 1 < n && format.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw new DotNetFormatException(BAD_FORMAT);
            }
            if (ch != '{') {
                out.append(ch);
                i++;
                continue;
            }
            if (i + 1 < n && format.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            i = formatItem(format, i + 1, args, culture, other, out);
        }
        return out.toString();
    }

    /** Parses and writes one item starting after its '{'; returns the index after its '}'. */
    private static int formatItem(String f, int i, List<?> args, DotNetCulture culture, ValueFormatter other,
            StringBuilder out) {
        int n = f.length();
        int start = i;
        while (i < n && Character.isDigit(f.charAt(i))) {
            i++;
        }
        if (i == start) {
            throw new DotNetFormatException(BAD_FORMAT);
        }
        int index = parseBounded(f.substring(start, i));
        i = skipSpaces(f, i);
        int alignment = 0;
        if (i < n && f.charAt(i) == ',') {
            i = skipSpaces(f, i + 1);
            boolean negative = i < n && f.charAt(i) == '-';
            if (negative) {
                i++;
            }
            int alignStart = i;
            while (i < n && Character.isDigit(f.charAt(i))) {
                i++;
            }
            if (i == alignStart) {
                throw new DotNetFormatException(BAD_FORMAT);
            }
            alignment = parseBounded(f.substring(alignStart, i));
            if (negative) {
                alignment = -alignment;
            }
            i = skipSpaces(f, i);
        }
        String itemFormat = null;
        if (i < n && f.charAt(i) == ':') {
            StringBuilder spec = new StringBuilder();
            i++;
            while (true) {
                if (i >= n) {
                    throw new DotNetFormatException(BAD_FORMAT);
                }
                char c = f.charAt(i);
                if (c == '}' && i + 1 < n && f.charAt(i + 1) == '}') {
                    spec.append('}');
                    i += 2;
                } else if (c == '{' && i + 1 < n && f.charAt(i + 1) == '{') {
                    spec.append('{');
                    i += 2;
                } else if (c == '}') {
                    break;
                } else if (c == '{') {
                    throw new DotNetFormatException(BAD_FORMAT);
                } else {
                    spec.append(c);
                    i++;
                }
            }
            itemFormat = spec.toString();
        }
        if (i >= n || f.charAt(i) != '}') {
            throw new DotNetFormatException(BAD_FORMAT);
        }
        if (index >= args.size()) {
            throw new DotNetFormatException(BAD_INDEX);
        }
        String text = formatValue(args.get(index), itemFormat, culture, other);
        int padding = Math.abs(alignment) - text.length();
        if (alignment > 0 && padding > 0) {
            out.append(" ".repeat(padding));
        }
        out.append(text);
        if (alignment < 0 && padding > 0) {
            out.append(" ".repeat(padding));
        }
        return i + 1;
    }

    private static int parseBounded(String digits) {
        if (digits.length() > 7) {
            throw new DotNetFormatException(BAD_FORMAT);
        }
        return Integer.parseInt(digits);
    }

    private static int skipSpaces(String f, int i) {
        while (i < f.length() && f.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** {@code value.ToString(format, culture)} for the value types this package knows. */
    public static String formatValue(Object value, String format, DotNetCulture culture, ValueFormatter other) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof BigDecimal
                || value instanceof BigInteger || value instanceof ExtraIntegral) {
            return NumberFormat.format(value, format, culture);
        }
        if (value instanceof DotNetDateTime dt) {
            return DateTimeFormat.format(dt, format, culture, ZoneId.systemDefault());
        }
        return other.format(value, format, culture);
    }
}

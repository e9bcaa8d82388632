package io.openecma.powershell.dotnet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * .NET numeric formatting ({@code Int32/Int64/Double/Decimal.ToString(format, culture)}) with the
 * rules of .NET Framework 4.x, which Windows PowerShell 5.1 runs on:
 * <ul>
 * <li>a Double is first reduced to 15 significant digits (17 for R fallback, G16+ and E15+), so
 * {@code (2.675).ToString("F2")} is "2.68" and {@code (1/3).ToString()} is "0.333333333333333";
 * .NET Core 3+ instead formats the exact shortest round-trip value;</li>
 * <li>formatting rounds half away from zero;</li>
 * <li>a value that rounds to zero loses its minus sign ("0.00", not "-0.00").</li>
 * </ul>
 * Supported values: Byte, Short, Integer, Long, BigInteger, Float, Double, BigDecimal (Decimal).
 */
public final class NumberFormat {
    private static final String BAD_SPECIFIER = "Format specifier was invalid.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private NumberFormat() {
    }

    /** {@code value.ToString()} in the given culture (format "G"). */
    public static String toString(Object value, DotNetCulture culture) {
        return format(value, null, culture);
    }

    /** {@code value.ToString(format, culture)}; null or empty format means "G". */
    public static String format(Object value, String format, DotNetCulture culture) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
        }
        String fmt = format == null || format.isEmpty() ? "G" : format;
        if (isStandard(fmt)) {
            char spec = fmt.charAt(0);
            int precision = fmt.length() > 1 ? Integer.parseInt(fmt.substring(1)) : -1;
            return standard(value, spec, precision, culture);
        }
        return custom(value, fmt, culture);
    }

    private static boolean isStandard(String fmt) {
        if (!Character.isLetter(fmt.charAt(0)) || fmt.charAt(0) > 'z' || fmt.length() > 3) {
            return false;
        }
        for (int i = 1; i < fmt.length(); i++) {
            if (fmt.charAt(i) < '0' || fmt.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isIntegral(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof ExtraIntegral;
    }

    /** The value as a decimal, reducing binary floating point to .NET Framework's digit count. */
    private static BigDecimal toDecimal(Object value, int doubleDigits) {
        if (value instanceof BigDecimal bd) {
            return bd;
        }
        if (value instanceof BigInteger bi) {
            return new BigDecimal(bi);
        }
        if (value instanceof Float f) {
            if (f == 0) {
                return BigDecimal.ZERO;
            }
            int digits = doubleDigits > 15 ? 9 : 7;
            return new BigDecimal(f.doubleValue()).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        }
        if (value instanceof Double d) {
            if (d == 0) {
                return BigDecimal.ZERO;
            }
            return new BigDecimal(d).round(new MathContext(doubleDigits, RoundingMode.HALF_EVEN));
        }
        if (value instanceof Byte b) {
            return BigDecimal.valueOf(Byte.toUnsignedInt(b)); // System.Byte is unsigned
        }
        if (value instanceof ExtraIntegral e) {
            return e.decimalValue();
        }
        if (value instanceof Number n && isIntegral(value)) {
            return BigDecimal.valueOf(n.longValue());
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    private static String standard(Object value, char spec, int precision, DotNetCulture c) {
        boolean floating = value instanceof Double || value instanceof Float;
        switch (Character.toUpperCase(spec)) {
            case 'D': {
                if (!isIntegral(value)) {
                    throw new DotNetFormatException(BAD_SPECIFIER);
                }
                BigInteger n = toDecimal(value, 15).toBigIntegerExact();
                String digits = pad(n.abs().toString(), precision);
                return n.signum() < 0 ? c.negativeSign() + digits : digits;
            }
            case 'X': {
                if (!isIntegral(value)) {
                    throw new DotNetFormatException(BAD_SPECIFIER);
                }
                String hex = hex(value);
                hex = pad(hex, precision);
                return spec == 'X' ? hex.toUpperCase() : hex;
            }
            case 'F':
                return fixed(toDecimal(value, 15), precision < 0 ? 2 : precision, false, c);
            case 'N':
                return fixed(toDecimal(value, 15), precision < 0 ? 2 : precision, true, c);
            case 'P': {
                BigDecimal scaled = toDecimal(value, 15).multiply(HUNDRED);
                String body = fixedAbs(scaled, precision < 0 ? 2 : precision, true, c);
                if (isNegativeAfterRounding(scaled, precision < 0 ? 2 : precision)) {
                    return c.negativeSign() + body + " %";
                }
                return body + " %";
            }
            case 'C': {
                BigDecimal d = toDecimal(value, 15);
                int p = precision < 0 ? 2 : precision;
                String body = c.currencySymbol() + fixedAbs(d, p, true, c);
                return isNegativeAfterRounding(d, p) ? "(" + body + ")" : body;
            }
            case 'E': {
                int p = precision < 0 ? 6 : precision;
                BigDecimal d = toDecimal(value, floating && p > 14 ? 17 : 15);
                return scientific(d, p + 1, false, spec == 'e' ? "e" : "E", 3, c);
            }
            case 'G': {
                return general(value, precision, spec == 'g' ? "e" : "E", c);
            }
            case 'R': {
                if (value instanceof Double d) {
                    String shortForm = general(d, 15, "E", DotNetCulture.INVARIANT);
                    if (Double.parseDouble(shortForm) == d) {
                        return general(d, 15, "E", c);
                    }
                    return general(d, 17, "E", c);
                }
                if (value instanceof Float f) {
                    String shortForm = general(f, 7, "E", DotNetCulture.INVARIANT);
                    if (Float.parseFloat(shortForm) == f) {
                        return general(f, 7, "E", c);
                    }
                    return general(f, 9, "E", c);
                }
                if (isIntegral(value)) {
                    return general(value, -1, "E", c);
                }
                throw new DotNetFormatException(BAD_SPECIFIER);
            }
            default:
                throw new DotNetFormatException(BAD_SPECIFIER);
        }
    }

    private static String hex(Object value) {
        if (value instanceof Integer i) {
            return Integer.toHexString(i);
        }
        if (value instanceof Long l) {
            return Long.toHexString(l);
        }
        if (value instanceof Short s) {
            return Integer.toHexString(s & 0xFFFF);
        }
        if (value instanceof Byte b) {
            return Integer.toHexString(b & 0xFF);
        }
        if (value instanceof ExtraIntegral e) {
            // two's complement in the type's width ([sbyte]-1 is ff)
            int bits = e.kind() == ExtraIntegral.Kind.SBYTE ? 8 : 64;
            BigInteger v = e.bigValue();
            return (v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(bits)) : v).toString(16);
        }
        BigInteger bi = (BigInteger) value;
        return bi.signum() < 0 ? bi.add(BigInteger.ONE.shiftLeft(bi.bitLength() + 1)).toString(16) : bi.toString(16);
    }

    private static String pad(String digits, int width) {
        if (width <= digits.length()) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    private static boolean isNegativeAfterRounding(BigDecimal d, int decimals) {
        return d.signum() < 0 && d.setScale(decimals, RoundingMode.HALF_UP).signum() != 0;
    }

    private static String fixed(BigDecimal d, int decimals, boolean group, DotNetCulture c) {
        String body = fixedAbs(d, decimals, group, c);
        return isNegativeAfterRounding(d, decimals) ? c.negativeSign() + body : body;
    }

    /** The absolute value rounded half away from zero to {@code decimals}, optionally grouped. */
    private static String fixedAbs(BigDecimal d, int decimals, boolean group, DotNetCulture c) {
        BigDecimal rounded = d.abs().setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        if (group) {
            intPart = group(intPart, c.groupSeparator());
        }
        return frac.isEmpty() ? intPart : intPart + c.decimalSeparator() + frac;
    }

    private static String group(String digits, String separator) {
        StringBuilder sb = new StringBuilder();
        int len = digits.length();
        for (int i = 0; i < len; i++) {
            sb.append(digits.charAt(i));
            int remaining = len - 1 - i;
            if (remaining > 0 && remaining % 3 == 0) {
                sb.append(separator);
            }
        }
        return sb.toString();
    }

    /** d.ddd E+xxx with {@code significant} digits and at least {@code minExpDigits} exponent digits. */
    private static String scientific(BigDecimal d, int significant, boolean trimZeros, String e, int minExpDigits,
            DotNetCulture c) {
        boolean negative = d.signum() < 0;
        String digits;
        int exponent;
        if (d.signum() == 0) {
            digits = "0".repeat(significant);
            exponent = 0;
        } else {
            BigDecimal r = d.abs().round(new MathContext(significant, RoundingMode.HALF_UP));
            String unscaled = r.unscaledValue().toString();
            exponent = unscaled.length() - 1 - r.scale();
            digits = (unscaled + "0".repeat(Math.max(0, significant - unscaled.length()))).substring(0, significant);
        }
        if (trimZeros) {
            digits = stripTrailingZeros(digits);
        }
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append(c.negativeSign());
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append(c.decimalSeparator()).append(digits, 1, digits.length());
        }
        sb.append(e).append(exponent < 0 ? '-' : '+');
        sb.append(pad(Integer.toString(Math.abs(exponent)), minExpDigits));
        return sb.toString();
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static String general(Object value, int precision, String e, DotNetCulture c) {
        if (value instanceof BigDecimal bd && precision <= 0) {
            // Decimal keeps its scale (1.50m prints "1.50") and never goes scientific by default.
            String plain = bd.toPlainString();
            return plain.replace("-", c.negativeSign()).replace(".", c.decimalSeparator());
        }
        int digits;
        BigDecimal d;
        if (value instanceof Double) {
            digits = precision <= 0 ? 15 : precision;
            d = toDecimal(value, digits > 15 ? 17 : 15);
        } else if (value instanceof Float) {
            digits = precision <= 0 ? 7 : precision;
            d = toDecimal(value, digits > 7 ? 17 : 15);
        } else {
            d = toDecimal(value, 15);
            digits = precision <= 0 ? Math.max(1, d.precision()) : precision;
        }
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal r = d.round(new MathContext(digits, RoundingMode.HALF_UP));
        int exponent = r.precision() - r.scale() - 1;
        if (exponent >= digits || exponent < -5 + 1) {
            return scientific(r, digits, true, e, 2, c);
        }
        String plain = r.abs().stripTrailingZeros().toPlainString();
        if (plain.contains(".")) {
            plain = plain.replace(".", c.decimalSeparator());
        }
        return r.signum() < 0 ? c.negativeSign() + plain : plain;
    }

    // ---------------------------------------------------------------- custom formats

    private static String custom(Object value, String fmt, DotNetCulture c) {
        List<String> sections = splitSections(fmt);
        BigDecimal d = toDecimal(value, 15);
        String section = sections.get(0);
        boolean explicitNegative = false;
        if (d.signum() < 0 && sections.size() > 1 && !sections.get(1).isEmpty()) {
            section = sections.get(1);
            explicitNegative = true;
        } else if (d.signum() == 0 && sections.size() > 2 && !sections.get(2).isEmpty()) {
            section = sections.get(2);
        }
        CustomPattern pattern = CustomPattern.parse(section);
        String text = pattern.render(d.abs(), c);
        boolean roundedToZero = pattern.roundsToZero(d.abs());
        if (d.signum() < 0 && !explicitNegative && !roundedToZero) {
            return c.negativeSign() + text;
        }
        if (d.signum() < 0 && roundedToZero && sections.size() > 2 && !sections.get(2).isEmpty()) {
            return CustomPattern.parse(sections.get(2)).render(BigDecimal.ZERO, c);
        }
        return text;
    }

    private static List<String> splitSections(String fmt) {
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char ch = fmt.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
                current.append(ch);
            } else if (ch == '\\' && i + 1 < fmt.length()) {
                current.append(ch).append(fmt.charAt(++i));
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                current.append(ch);
            } else if (ch == ';') {
                sections.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        sections.add(current.toString());
        return sections;
    }

    /** One section of a custom numeric format, pre-analysed. */
    private record CustomPattern(List<Object> integerPart, List<Object> fractionPart, boolean hasPoint,
            int integerPlaceholders, int minIntegerDigits, int maxFraction, int minFraction, boolean grouping,
            int scaleShift, String exponentSymbol, boolean exponentPlus, int exponentDigits, List<Object> tail) {

        /** Marker for a digit placeholder in the parsed parts. */
        enum Placeholder { ZERO, HASH }

        static CustomPattern parse(String s) {
            List<Object> intPart = new ArrayList<>();
            List<Object> fracPart = new ArrayList<>();
            List<Object> tail = new ArrayList<>();
            List<Object> target = intPart;
            boolean point = false;
            boolean grouping = false;
            int scaleShift = 0;
            int pendingCommas = 0;
            int intPlaceholders = 0;
            int firstZero = -1;
            int maxFrac = 0;
            int minFrac = 0;
            String expSymbol = null;
            boolean expPlus = false;
            int expDigits = 0;
            boolean seenDigit = false;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '0' || ch == '#') {
                    if (pendingCommas > 0 && target == intPart) {
                        if (seenDigit) {
                            grouping = true;
                        }
                        pendingCommas = 0;
                    }
                    seenDigit = true;
                    Placeholder p = ch == '0' ? Placeholder.ZERO : Placeholder.HASH;
                    target.add(p);
                    if (target == intPart) {
                        if (ch == '0' && firstZero < 0) {
                            firstZero = intPlaceholders;
                        }
                        intPlaceholders++;
                    } else if (target == fracPart) {
                        maxFrac++;
                        if (ch == '0') {
                            minFrac = maxFrac;
                        }
                    }
                } else if (ch == '.' && !point && target == intPart) {
                    scaleShift += pendingCommas * 3;
                    pendingCommas = 0;
                    point = true;
                    target = fracPart;
                } else if (ch == ',') {
                    // Grouping or scaling in the integer part; elsewhere .NET drops the comma.
                    if (target == intPart) {
                        pendingCommas++;
                    }
                } else if ((ch == 'E' || ch == 'e') && expSymbol == null && seenDigit
                        && isExponentAt(s, i)) {
                    expSymbol = String.valueOf(ch);
                    i++;
                    if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                        expPlus = s.charAt(i) == '+';
                        i++;
                    }
                    while (i < s.length() && s.charAt(i) == '0') {
                        expDigits++;
                        i++;
                    }
                    i--;
                    target = tail;
                } else if (ch == '%') {
                    scaleShift -= 2;
                    target.add("%");
                } else if (ch == '\u2030') {
                    scaleShift -= 3;
                    target.add("\u2030");
                } else if (ch == '\\' && i + 1 < s.length()) {
                    target.add(String.valueOf(s.charAt(++i)));
                } else if (ch == '\'' || ch == '"') {
                    int end = s.indexOf(ch, i + 1);
                    if (end < 0) {
                        end = s.length();
                    }
                    target.add(s.substring(i + 1, end));
                    i = end;
                } else {
                    target.add(String.valueOf(ch));
                }
            }
            if (target == intPart) {
                scaleShift += pendingCommas * 3;
            }
            int minInt = firstZero < 0 ? 0 : intPlaceholders - firstZero;
            return new CustomPattern(intPart, fracPart, point, intPlaceholders, minInt, maxFrac, minFrac, grouping,
                    scaleShift, expSymbol, expPlus, expDigits, tail);
        }

        private static boolean isExponentAt(String s, int i) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            return j < s.length() && s.charAt(j) == '0';
        }

        private BigDecimal scaled(BigDecimal abs) {
            return scaleShift == 0 ? abs : abs.movePointLeft(scaleShift);
        }

        boolean roundsToZero(BigDecimal abs) {
            if (exponentSymbol != null) {
                return abs.signum() == 0;
            }
            return scaled(abs).setScale(maxFraction, RoundingMode.HALF_UP).signum() == 0;
        }

        String render(BigDecimal abs, DotNetCulture c) {
            BigDecimal v = scaled(abs);
            int exponent = 0;
            if (exponentSymbol != null && v.signum() != 0) {
                int intDigits = Math.max(1, integerPlaceholders);
                BigDecimal r = v.round(new MathContext(intDigits + maxFraction, RoundingMode.HALF_UP));
                int magnitude = r.precision() - r.scale();
                exponent = magnitude - intDigits;
                v = r.movePointLeft(exponent);
            }
            BigDecimal rounded = v.setScale(maxFraction, RoundingMode.HALF_UP);
            String plain = rounded.toPlainString();
            int dot = plain.indexOf('.');
            String intDigits = dot < 0 ? plain : plain.substring(0, dot);
            String fracDigits = dot < 0 ? "" : plain.substring(dot + 1);
            if (intDigits.equals("0")) {
                intDigits = "";
            }
            if (intDigits.length() < minIntegerDigits) {
                intDigits = "0".repeat(minIntegerDigits - intDigits.length()) + intDigits;
            }
            int keepFrac = fracDigits.length();
            while (keepFrac > minFraction && fracDigits.charAt(keepFrac - 1) == '0') {
                keepFrac--;
            }
            fracDigits = fracDigits.substring(0, keepFrac);

            StringBuilder out = new StringBuilder();
            int placeholder = 0;
            for (Object part : integerPart) {
                if (part instanceof Placeholder) {
                    int position = integerPlaceholders - 1 - placeholder;
                    if (placeholder == 0) {
                        for (int k = 0; k < intDigits.length() - position; k++) {
                            appendDigit(out, intDigits, k, c);
                        }
                    } else if (position < intDigits.length()) {
                        appendDigit(out, intDigits, intDigits.length() - 1 - position, c);
                    }
                    placeholder++;
                } else {
                    out.append(part);
                }
            }
            if (integerPlaceholders == 0 && !intDigits.isEmpty()) {
                out.append(intDigits);
            }
            if (hasPoint && !fracDigits.isEmpty()) {
                out.append(c.decimalSeparator());
            }
            int fracIndex = 0;
            for (Object part : fractionPart) {
                if (part instanceof Placeholder) {
                    if (fracIndex < fracDigits.length()) {
                        out.append(fracDigits.charAt(fracIndex));
                    }
                    fracIndex++;
                } else {
                    out.append(part);
                }
            }
            if (exponentSymbol != null) {
                out.append(exponentSymbol);
                if (exponent < 0) {
                    out.append('-');
                } else if (exponentPlus) {
                    out.append('+');
                }
                String e = Integer.toString(Math.abs(exponent));
                out.append("0".repeat(Math.max(0, exponentDigits - e.length()))).append(e);
            }
            for (Object part : tail) {
                out.append(part);
            }
            return out.toString();
        }

        private void appendDigit(StringBuilder out, String digits, int index, DotNetCulture c) {
            out.append(digits.charAt(index));
            int remaining = digits.length() - 1 - index;
            if (grouping && remaining > 0 && remaining % 3 == 0) {
                out.append(c.groupSeparator());
            }
        }
    }
}

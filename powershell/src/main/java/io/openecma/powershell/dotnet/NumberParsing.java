package io.openecma.powershell.dotnet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * PowerShell's number rules: numeric literals (suffixes {@code l d kb mb gb tb pb}, hex), the
 * string-to-number conversion casts and arithmetic use ({@code [int]"0x1F"}, {@code [int]" 1e3 "},
 * {@code [int]"1,000"} fails), conversions between numeric types (banker's rounding:
 * {@code [int]2.5} is 2, {@code [int]3.5} is 4; overflow is an error) and the result types of
 * arithmetic (Int32 overflow becomes Double, not Int64; the wider operand type wins with Decimal
 * above Double; integer division that leaves a remainder becomes Double).
 * Numbers are Integer (Int32), Long (Int64), Double, BigDecimal (Decimal); Byte, Short, Float and
 * Boolean operands widen to Int32 / Double as in PowerShell.
 */
public final class NumberParsing {
    static final String BAD_FORMAT = "Input string was not in a correct format.";
    static final String DIVIDE_BY_ZERO = "Attempted to divide by zero.";
    static final String DECIMAL_OVERFLOW = "Value was either too large or too small for a Decimal.";
    static final BigDecimal DECIMAL_MAX = new BigDecimal("79228162514264337593543950335");
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private NumberParsing() {
    }

    // ---------------------------------------------------------------- literals and strings

    /**
     * A PowerShell numeric literal or numeric string ({@code 42}, {@code -0x1F}, {@code 1.5e3},
     * {@code 10kb}, {@code 5l}, {@code 1.5d}), surrounding white space allowed; null when the text
     * is not a number. Integers become the smallest of Int32, Int64, Decimal, Double that holds
     * them; hex that fits 32 (64) bits is a two's-complement Int32 (Int64), so 0xFFFFFFFF is -1.
     */
    public static Number scan(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        int i = 0;
        char first = s.charAt(0);
        if (first == '+' || first == '-' || first == '\u2013' || first == '\u2014' || first == '\u2015') {
            negative = first != '+';
            i = 1;
        }
        String body = s.substring(i).toLowerCase();
        long multiplier = 1;
        for (String[] m : new String[][] {{"kb", "1024"}, {"mb", "1048576"}, {"gb", "1073741824"},
                {"tb", "1099511627776"}, {"pb", "1125899906842624"}}) {
            if (body.endsWith(m[0])) {
                multiplier = Long.parseLong(m[1]);
                body = body.substring(0, body.length() - 2);
                break;
            }
        }
        char suffix = 0;
        boolean hex = body.startsWith("0x");
        if (body.endsWith("l") || (!hex && body.endsWith("d"))) {
            suffix = body.charAt(body.length() - 1);
            body = body.substring(0, body.length() - 1);
        }
        Number value = hex ? hexValue(body.substring(2), suffix) : decimalValue(body, suffix);
        if (value == null) {
            return null;
        }
        if (multiplier != 1) {
            value = multiply(value, multiplier);
        }
        return negative ? negate(value) : value;
    }

    private static Number hexValue(String digits, char suffix) {
        if (digits.isEmpty() || digits.length() > 16 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        long bits = Long.parseUnsignedLong(digits, 16);
        if (suffix == 'l' || digits.length() > 8) {
            return bits;
        }
        return (int) bits;
    }

    private static Number decimalValue(String body, char suffix) {
        if (!body.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            return null;
        }
        boolean real = body.contains(".") || body.contains("e");
        if (suffix == 'd') {
            BigDecimal d = new BigDecimal(body);
            checkDecimal(d);
            return d.scale() < 0 ? d.setScale(0) : d;
        }
        if (real) {
            double d = Double.parseDouble(body);
            if (suffix == 'l') {
                return (Long) convert(d, "System.Int64");
            }
            return d;
        }
        BigInteger n = new BigInteger(body);
        if (suffix == 'l') {
            if (n.bitLength() > 63) {
                throw DotNetConversionException.cannotConvert(body, "System.Int64",
                        "Value was either too large or too small for an Int64.");
            }
            return n.longValue();
        }
        return smallestInteger(n);
    }

    private static Number smallestInteger(BigInteger n) {
        if (n.bitLength() <= 31) {
            return n.intValue();
        }
        if (n.bitLength() <= 63) {
            return n.longValue();
        }
        BigDecimal d = new BigDecimal(n);
        if (d.abs().compareTo(DECIMAL_MAX) <= 0) {
            return d;
        }
        return n.doubleValue();
    }

    private static Number negate(Number v) {
        if (v instanceof Integer i) {
            return i == Integer.MIN_VALUE ? (Number) (-(long) i) : (Number) (-i);
        }
        if (v instanceof Long l) {
            return l == Long.MIN_VALUE ? (Number) new BigDecimal(l).negate() : (Number) (-l);
        }
        if (v instanceof BigDecimal d) {
            return d.negate();
        }
        return -v.doubleValue();
    }

    /**
     * {@code [int]"..."}-style conversion of a string to a number type ("System.Int32",
     * "System.Int64", "System.Double", "System.Decimal"): empty or blank is 0, otherwise the text
     * must be a PowerShell number, which is then converted with {@link #convert}.
     */
    public static Number parse(String text, String typeName) {
        if (text.isBlank()) {
            return convert(0, typeName);
        }
        String plain = text.strip();
        if (typeName.equals("System.Decimal") && plain.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
            // Decimal.Parse keeps the digits as written: [decimal]'2.000' is 2.000.
            BigDecimal d = new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
            try {
                checkDecimal(d);
            } catch (DotNetConversionException e) {
                throw DotNetConversionException.cannotConvert(text, typeName, e.reason());
            }
            return d.scale() > 28 ? d.setScale(28, RoundingMode.HALF_EVEN) : d;
        }
        String hexOverflow = HexStringOverflow.reason(text, typeName);
        if (hexOverflow != null) {
            throw DotNetConversionException.cannotConvert(text, typeName, hexOverflow);
        }
        Number n;
        try {
            n = scan(text);
        } catch (DotNetConversionException e) {
            throw DotNetConversionException.cannotConvert(text, typeName, e.reason());
        }
        if (n == null) {
            throw DotNetConversionException.cannotConvert(text, typeName, BAD_FORMAT);
        }
        try {
            return convert(n, typeName);
        } catch (DotNetConversionException e) {
            throw DotNetConversionException.cannotConvert(text, typeName, e.reason());
        }
    }

    // ---------------------------------------------------------------- conversions

    /**
     * Converts a number (or Boolean) to "System.Int32/Int64/Double/Decimal/Single/Byte/Int16". A
     * System.Byte is a Java Byte holding the same 8 bits (200 is stored as (byte) 200) and is read
     * back unsigned everywhere in this package.
     */
    public static Number convert(Object value, String typeName) {
        Number n = value instanceof Boolean b ? (Number) (b ? 1 : 0)
                : value instanceof Byte b ? (Number) Byte.toUnsignedInt(b) : (Number) value;
        return switch (typeName) {
            case "System.Int32" -> (int) integral(n, Integer.MIN_VALUE, Integer.MAX_VALUE, "an Int32");
            case "System.Int64" -> integral(n, Long.MIN_VALUE, Long.MAX_VALUE, "an Int64");
            case "System.Int16" -> (short) integral(n, Short.MIN_VALUE, Short.MAX_VALUE, "an Int16");
            case "System.Byte" -> (byte) integral(n, 0, 255, "an unsigned byte");
            case "System.Double" -> n.doubleValue();
            case "System.Single" -> n.floatValue();
            case "System.Decimal" -> toDecimal(n);
            default -> throw new IllegalArgumentException("not a numeric type: " + typeName);
        };
    }

    private static long integral(Number n, long min, long max, String what) {
        String overflow = "Value was either too large or too small for " + what + ".";
        BigDecimal exact;
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw DotNetConversionException.cannotConvert(NumberFormat.toString(n, DotNetCulture.INVARIANT),
                        typeNameFor(what), overflow);
            }
            exact = new BigDecimal(d);
        } else {
            exact = toBigDecimalExact(n);
        }
        BigInteger rounded = exact.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        if (rounded.compareTo(BigInteger.valueOf(min)) < 0 || rounded.compareTo(BigInteger.valueOf(max)) > 0) {
            throw DotNetConversionException.cannotConvert(NumberFormat.toString(n, DotNetCulture.INVARIANT),
                    typeNameFor(what), overflow);
        }
        return rounded.longValue();
    }

    private static String typeNameFor(String what) {
        return switch (what) {
            case "an Int32" -> "System.Int32";
            case "an Int64" -> "System.Int64";
            case "an Int16" -> "System.Int16";
            default -> "System.Byte";
        };
    }

    private static BigDecimal toBigDecimalExact(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Byte b) {
            return BigDecimal.valueOf(Byte.toUnsignedInt(b));
        }
        if (n instanceof ExtraIntegral e) {
            return e.decimalValue();
        }
        return BigDecimal.valueOf(n.longValue());
    }

    /** {@code (decimal)value}: a Double keeps 15 significant digits, as .NET's conversion does. */
    public static BigDecimal toDecimal(Number n) {
        BigDecimal d;
        if (n instanceof Double || n instanceof Float) {
            double v = n.doubleValue();
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw DotNetConversionException.arithmetic(DECIMAL_OVERFLOW);
            }
            d = v == 0 ? BigDecimal.ZERO : new BigDecimal(v).round(new MathContext(15, RoundingMode.HALF_EVEN))
                    .stripTrailingZeros();
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
        } else {
            d = toBigDecimalExact(n);
        }
        checkDecimal(d);
        return d;
    }

    private static void checkDecimal(BigDecimal d) {
        if (d.abs().compareTo(DECIMAL_MAX) > 0) {
            throw DotNetConversionException.arithmetic(DECIMAL_OVERFLOW);
        }
    }

    // ---------------------------------------------------------------- arithmetic

    /** The arithmetic operators PowerShell applies to two numbers. */
    public enum Operator { ADD, SUBTRACT, MULTIPLY, DIVIDE, REMAINDER }

    private enum Kind { INT, LONG, DOUBLE, DECIMAL }

    /**
     * {@code left op right} for numeric operands (Integer, Long, Double, BigDecimal, Byte, Short,
     * Float, Boolean; null counts as 0; a String operand is read with {@link #scan}).
     */
    public static Number apply(Operator op, Object left, Object right) {
        Number l = operand(left);
        Number r = operand(right);
        Number extra = ExtraIntegralOps.apply(op, l, r);
        if (extra != null) {
            return extra;
        }
        if ((l instanceof java.math.BigInteger || r instanceof java.math.BigInteger) && isIntegral(l) && isIntegral(r)) {
            return bigIntegerOp(op, toBigInteger(l), toBigInteger(r));
        }
        Kind kind = kind(l).ordinal() >= kind(r).ordinal() ? kind(l) : kind(r);
        return switch (kind) {
            case INT -> intOp(op, l.intValue(), r.intValue());
            case LONG -> longOp(op, l.longValue(), r.longValue());
            case DOUBLE -> doubleOp(op, l.doubleValue(), r.doubleValue());
            case DECIMAL -> decimalOp(op, toDecimal(l), toDecimal(r));
        };
    }

    private static boolean isIntegral(Number n) {
        return !(n instanceof Double || n instanceof Float || n instanceof BigDecimal);
    }

    private static java.math.BigInteger toBigInteger(Number n) {
        return n instanceof java.math.BigInteger b ? b : java.math.BigInteger.valueOf(n.longValue());
    }

    /** System.Numerics.BigInteger's operators (PowerShell 7's 123n literals): exact, division truncates. */
    private static Number bigIntegerOp(Operator op, java.math.BigInteger l, java.math.BigInteger r) {
        if ((op == Operator.DIVIDE || op == Operator.REMAINDER) && r.signum() == 0) {
            throw DotNetConversionException.arithmetic(DIVIDE_BY_ZERO);
        }
        return switch (op) {
            case ADD -> l.add(r);
            case SUBTRACT -> l.subtract(r);
            case MULTIPLY -> l.multiply(r);
            case DIVIDE -> l.divide(r);
            case REMAINDER -> l.remainder(r);
        };
    }

    private static Number operand(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Byte b) {
            return Byte.toUnsignedInt(b); // System.Byte is unsigned
        }
        if (v instanceof String s) {
            Number n = s.isBlank() ? Integer.valueOf(0) : scan(s);
            if (n == null) {
                throw DotNetConversionException.cannotConvert(s, "System.Int32", BAD_FORMAT);
            }
            return n;
        }
        if (v instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("not a number: " + v.getClass().getName());
    }

    private static Kind kind(Number n) {
        if (n instanceof BigDecimal) {
            return Kind.DECIMAL;
        }
        if (n instanceof Double || n instanceof Float) {
            return Kind.DOUBLE;
        }
        if (n instanceof Long) {
            return Kind.LONG;
        }
        return Kind.INT;
    }

    private static Number intOp(Operator op, int l, int r) {
        switch (op) {
            case ADD, SUBTRACT, MULTIPLY -> {
                long result = op == Operator.ADD ? (long) l + r : op == Operator.SUBTRACT ? (long) l - r : (long) l * r;
                if (result >= Integer.MIN_VALUE && result <= Integer.MAX_VALUE) {
                    return (int) result;
                }
                return (double) result;
            }
            case DIVIDE -> {
                if (r == 0) {
                    throw DotNetConversionException.arithmetic(DIVIDE_BY_ZERO);
                }
                if (l == Integer.MIN_VALUE && r == -1) {
                    return (double) l / r;
                }
                return l % r == 0 ? (Number) (l / r) : (Number) ((double) l / r);
            }
            default -> {
                if (r == 0) {
                    throw DotNetConversionException.arithmetic(DIVIDE_BY_ZERO);
                }
                return r == -1 ? 0 : l % r;
            }
        }
    }

    private static Number longOp(Operator op, long l, long r) {
        switch (op) {
            case ADD, SUBTRACT, MULTIPLY -> {
                BigInteger a = BigInteger.valueOf(l);
                BigInteger b = BigInteger.valueOf(r);
                BigInteger result = op == Operator.ADD ? a.add(b) : op == Operator.SUBTRACT ? a.subtract(b)
                        : a.multiply(b);
                if (result.compareTo(INT64_MIN) >= 0 && result.compareTo(INT64_MAX) <= 0) {
                    return result.longValue();
                }
                return result.doubleValue();
            }
            case DIVIDE -> {
                if (r == 0) {
                    throw DotNetConversionException.arithmetic(DIVIDE_BY_ZERO);
                }
                if (l == Long.MIN_VALUE && r == -1) {
                    return (double) l / r;
                }
                return l % r == 0 ? (Number) (l / r) : (Number) ((double) l / r);
            }
            default -> {
                if (r == 0) {
                    throw DotNetConversionException.arithmetic(DIVIDE_BY_ZERO);
                }
                return r == -1 ? 0L : l % r;
            }
        }
    }

    private static Number doubleOp(Operator op, double l, double r) {
        return switch (op) {
            case ADD -> l + r;
            case SUBTRACT -> l - r;
            case MULTIPLY -> l * r;
            case DIVIDE -> l / r;
            case REMAINDER -> l % r;
        };
    }

    private static Number decimalOp(Operator op, BigDecimal l, BigDecimal r) {
        BigDecimal result;
        switch (op) {
            case ADD -> result = l.add(r);
            case SUBTRACT -> result = l.subtract(r);
            case MULTIPLY -> result = l.multiply(r);
            case DIVIDE -> {
                if (r.signum() == 0) {
                    throw DotNetConversionException.arithmetic(DIVIDE_BY_ZERO);
                }
                result = divideDecimal(l, r);
            }
            default -> {
                if (r.signum() == 0) {
                    throw DotNetConversionException.arithmetic(DIVIDE_BY_ZERO);
                }
                result = l.remainder(r);
            }
        }
        checkDecimal(result);
        return fitDecimalScale(result);
    }

    /** Decimal division: exact when it terminates, else 28 significant digits (at most 28 decimals). */
    private static BigDecimal divideDecimal(BigDecimal l, BigDecimal r) {
        BigDecimal q;
        try {
            q = l.divide(r);
        } catch (ArithmeticException inexact) {
            q = l.divide(r, new MathContext(28, RoundingMode.HALF_EVEN));
        }
        q = q.stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }

    private static BigDecimal fitDecimalScale(BigDecimal d) {
        if (d.scale() > 28) {
            return d.setScale(28, RoundingMode.HALF_EVEN);
        }
        return d;
    }

    private static Number multiply(Number value, long multiplier) {
        if (value instanceof Double d) {
            return d * multiplier;
        }
        if (value instanceof BigDecimal d) {
            return fitDecimalScale(d.multiply(BigDecimal.valueOf(multiplier)));
        }
        BigInteger product = BigInteger.valueOf(value.longValue()).multiply(BigInteger.valueOf(multiplier));
        if (value instanceof Long) {
            if (product.bitLength() > 63) {
                throw DotNetConversionException.cannotConvert(product, "System.Int64",
                        "Value was either too large or too small for an Int64.");
            }
            return product.longValue();
        }
        return smallestInteger(product);
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Statics of [Convert]. */
public final class ConvertStatics {
    private ConvertStatics() {
    }

    public static int ToInt32(Object v) {
        return (Integer) LanguagePrimitives.convertTo(v, Integer.class);
    }

    /** Bases 2, 8 and 16 read the bits of a two's-complement Int32 ("ffffffff" is -1); 16 allows a 0x prefix. */
    public static int ToInt32(String v, int fromBase) {
        long bits = parseInBase(v, fromBase, 32);
        return fromBase == 10 ? Math.toIntExact(bits) : (int) bits;
    }

    public static long ToInt64(String v, int fromBase) {
        return parseInBase(v, fromBase, 64);
    }

    public static short ToInt16(String v, int fromBase) {
        long bits = parseInBase(v, fromBase, 16);
        return (short) bits;
    }

    public static byte ToByte(String v, int fromBase) {
        long bits = parseInBase(v, fromBase, 8);
        if (fromBase == 10 && (bits < 0 || bits > 255)) {
            throw overflow("an unsigned byte");
        }
        return (byte) bits;
    }

    private static long parseInBase(String v, int fromBase, int width) {
        if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) {
            throw new PSRuntimeException("System.ArgumentException", "Invalid Base.");
        }
        if (v == null) {
            return 0;
        }
        String s = v;
        if (s.isEmpty()) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: startIndex");
        }
        if (fromBase == 16 && (s.startsWith("0x") || s.startsWith("0X"))) {
            s = s.substring(2);
        }
        try {
            if (fromBase == 10) {
                long r = Long.parseLong(s);
                if (width < 64 && (r < -(1L << (width - 1)) || r >= (1L << (width - 1))) && width != 8) {
                    throw overflow(width == 32 ? "an Int32" : "an Int16");
                }
                return r;
            }
            if (s.startsWith("-")) {
                throw new PSRuntimeException("System.ArgumentException",
                        "String cannot contain a minus sign if the base is not 10.");
            }
            java.math.BigInteger r = new java.math.BigInteger(s, fromBase);
            if (r.bitLength() > width) {
                throw overflow(width == 64 ? "an Int64" : width == 32 ? "an Int32" : width == 16 ? "an Int16" : "an unsigned byte");
            }
            return r.longValue();
        } catch (NumberFormatException e) {
            throw new PSRuntimeException("System.FormatException", "Could not find any recognizable digits.");
        }
    }

    private static PSRuntimeException overflow(String what) {
        return new PSRuntimeException("System.OverflowException", "Value was either too large or too small for " + what + ".");
    }

    public static String ToString(int v, int toBase) {
        return toBase == 10 ? Integer.toString(v) : inBase(v & 0xFFFFFFFFL, toBase);
    }

    public static String ToString(long v, int toBase) {
        return toBase == 10 ? Long.toString(v) : inBase(v, toBase);
    }

    public static String ToString(short v, int toBase) {
        return toBase == 10 ? Short.toString(v) : inBase(v & 0xFFFFL, toBase);
    }

    public static String ToString(byte v, int toBase) {
        return toBase == 10 ? Integer.toString(v & 0xFF) : inBase(v & 0xFFL, toBase);
    }

    private static String inBase(long bits, int toBase) {
        return switch (toBase) {
            case 2 -> Long.toBinaryString(bits);
            case 8 -> Long.toOctalString(bits);
            case 16 -> Long.toHexString(bits);
            default -> throw new PSRuntimeException("System.ArgumentException", "Invalid Base.");
        };
    }

    /** Convert.ToByte rounds to even and refuses what does not fit (unlike a PowerShell cast's error). */
    public static byte ToByte(Object v) {
        long n = integral(v, "an unsigned byte");
        if (n < 0 || n > 255) {
            throw overflow("an unsigned byte");
        }
        return (byte) n;
    }

    public static short ToInt16(Object v) {
        long n = integral(v, "an Int16");
        if (n < Short.MIN_VALUE || n > Short.MAX_VALUE) {
            throw overflow("an Int16");
        }
        return (short) n;
    }

    public static java.math.BigDecimal ToDecimal(Object v) {
        return (java.math.BigDecimal) LanguagePrimitives.convertTo(v, java.math.BigDecimal.class);
    }

    public static float ToSingle(Object v) {
        return (Float) LanguagePrimitives.convertTo(v, Float.class);
    }

    public static char ToChar(Object v) {
        Object b = LanguagePrimitives.base(v);
        if (b instanceof String s) {
            if (s.length() != 1) {
                throw new PSRuntimeException("System.FormatException", "String must be exactly one character long.");
            }
            return s.charAt(0);
        }
        long n = integral(b, "a character");
        if (n < 0 || n > 0xFFFF) {
            throw overflow("a character");
        }
        return (char) n;
    }

    private static long integral(Object v, String what) {
        Object b = LanguagePrimitives.base(v);
        if (b == null) {
            return 0;
        }
        if (b instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw new PSRuntimeException("System.FormatException", "Input string was not in a correct format.");
            }
        }
        if (b instanceof Boolean x) {
            return x ? 1 : 0;
        }
        if (b instanceof Character c) {
            return c;
        }
        if (b instanceof Double || b instanceof Float || b instanceof java.math.BigDecimal) {
            java.math.BigDecimal d = new java.math.BigDecimal(b.toString()).setScale(0, java.math.RoundingMode.HALF_EVEN);
            if (d.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw overflow(what);
            }
            return d.longValue();
        }
        if (b instanceof Number n) {
            return n.longValue();
        }
        throw new PSRuntimeException("System.InvalidCastException", "Unable to cast object of type '"
                + io.openecma.powershell.types.TypeRegistry.typeNameOf(b) + "' to type 'System.IConvertible'.");
    }

    public static long ToInt64(Object v) {
        return (Long) LanguagePrimitives.convertTo(v, Long.class);
    }

    public static double ToDouble(Object v) {
        return (Double) LanguagePrimitives.convertTo(v, Double.class);
    }

    public static boolean ToBoolean(Object v) {
        if (v instanceof String s) {
            if (s.strip().equalsIgnoreCase("true")) {
                return true;
            }
            if (s.strip().equalsIgnoreCase("false")) {
                return false;
            }
            throw new io.openecma.powershell.runtime.PSRuntimeException("FormatException", "String was not recognized as a valid Boolean.");
        }
        return LanguagePrimitives.isTrue(v);
    }

    public static String ToString(Object v) {
        return LanguagePrimitives.toStringValue(v);
    }

    public static String ToBase64String(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static String ToBase64String(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Offset and length must refer to a position in the string.\r\nParameter name: offset").withParamName("offset");
        }
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, offset, offset + length));
    }

    public static byte[] FromBase64String(String s) {
        try {
            return Base64.getDecoder().decode(s.strip());
        } catch (IllegalArgumentException e) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("FormatException",
                    "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
        }
    }

    public static Object ToDateTime(Object v) {
        return LanguagePrimitives.convertTo(v, io.openecma.powershell.dotnet.DotNetDateTime.class);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

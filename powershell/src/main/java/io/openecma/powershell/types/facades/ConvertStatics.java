package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Statics of [Convert]. */
public final class ConvertStatics {
    private ConvertStatics() {
    }

    public static int ToInt32(Object v) {
        return (Integer) LanguagePrimitives.convertTo(v, Integer.class);
    }

    public static int ToInt32(String v, int fromBase) {
        return Integer.parseInt(v.strip(), fromBase);
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

    public static String ToString(long v, int toBase) {
        return switch (toBase) {
            case 2 -> Long.toBinaryString(v);
            case 8 -> Long.toOctalString(v);
            case 16 -> Long.toHexString(v);
            case 10 -> Long.toString(v);
            default -> throw new io.openecma.powershell.runtime.PSRuntimeException("ArgumentException", "Invalid Base.");
        };
    }

    public static String ToString(Object v) {
        return LanguagePrimitives.toStringValue(v);
    }

    public static String ToBase64String(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
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

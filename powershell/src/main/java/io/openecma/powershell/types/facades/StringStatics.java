package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.ArrayList;
import java.util.List;

/** Statics of [string]. */
public final class StringStatics {
    private StringStatics() {
    }

    public static String getEmpty() {
        return "";
    }

    public static boolean IsNullOrEmpty(String s) {
        return s == null || s.isEmpty();
    }

    public static boolean IsNullOrWhiteSpace(String s) {
        return s == null || s.isBlank();
    }

    public static String Join(String separator, Object values) {
        List<String> parts = new ArrayList<>();
        LanguagePrimitives.iterate(values).forEachRemaining(v -> parts.add(LanguagePrimitives.toStringValue(v)));
        return String.join(separator == null ? "" : separator, parts);
    }

    public static String Join(String separator, Object first, Object... rest) {
        List<String> parts = new ArrayList<>();
        parts.add(LanguagePrimitives.toStringValue(first));
        for (Object r : rest) {
            parts.add(LanguagePrimitives.toStringValue(r));
        }
        return String.join(separator == null ? "" : separator, parts);
    }

    public static String Concat(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            sb.append(LanguagePrimitives.toStringValue(v));
        }
        return sb.toString();
    }

    public static String Format(String format, Object... args) {
        return io.openecma.powershell.runtime.Operators.format(format, java.util.Arrays.asList(args));
    }

    public static boolean Equals(String a, String b) {
        return java.util.Objects.equals(a, b);
    }

    /** Ordinal (UTF-16 code unit) comparison; $null sorts first. */
    public static int CompareOrdinal(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    public static int CompareOrdinal(String a, int indexA, String b, int indexB, int length) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (indexA < 0 || indexB < 0 || length < 0 || indexA > a.length() || indexB > b.length()) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("ArgumentOutOfRangeException",
                    "Index and length must refer to a location within the string.");
        }
        return a.substring(indexA, Math.min(a.length(), indexA + length))
                .compareTo(b.substring(indexB, Math.min(b.length(), indexB + length)));
    }

    public static int Compare(String a, String b) {
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : Integer.signum(a.compareTo(b));
    }

    public static int Compare(String a, String b, boolean ignoreCase) {
        if (!ignoreCase) {
            return Compare(a, b);
        }
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : Integer.signum(a.compareToIgnoreCase(b));
    }
}

package io.openecma.powershell.runtime;

import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.NumberFormat;

import java.util.Map;

/** PowerShell's value conversions (string rendering, truthiness, ...), after LanguagePrimitives.cs. */
public final class LanguagePrimitives {

    private LanguagePrimitives() {
    }

    /** How PowerShell renders a value as a string (culture-invariant, as in casts and expansion). */
    public static String toStringValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Number n) {
            return NumberFormat.toString(n, DotNetCulture.INVARIANT);
        }
        if (value instanceof Object[] array) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < array.length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(toStringValue(array[i]));
            }
            return sb.toString();
        }
        if (value instanceof PSHashtable h) {
            return h.typeName();
        }
        if (value instanceof Map<?, ?>) {
            return "System.Collections.Generic.Dictionary";
        }
        return String.valueOf(value);
    }
}

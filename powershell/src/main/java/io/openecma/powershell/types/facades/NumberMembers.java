package io.openecma.powershell.types.facades;

import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.NumberFormat;

/** Instance members of the numeric types. */
public final class NumberMembers {
    private NumberMembers() {
    }

    public static String ToString(Number n) {
        return NumberFormat.toString(n, DotNetCulture.EN_US);
    }

    public static String ToString(Number n, String format) {
        return NumberFormat.format(n, format, DotNetCulture.EN_US);
    }

    public static int CompareTo(Number n, Object other) {
        return io.openecma.powershell.runtime.LanguagePrimitives.compare(n, other, false);
    }
}

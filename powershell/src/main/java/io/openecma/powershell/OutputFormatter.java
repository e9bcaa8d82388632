package io.openecma.powershell;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.JsonText;

/**
 * The runner's line format for one output item: strings, numbers, booleans, chars and dates as
 * PowerShell prints them; anything else as {@code ConvertTo-Json -Compress -Depth 5} would.
 */
public final class OutputFormatter {

    private OutputFormatter() {
    }

    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof io.openecma.powershell.runtime.PSObject o && !o.isCustomObject()
                && LanguagePrimitives.base(o) instanceof String s) {
            return s; // a string Add-Member wrapped prints as the string, as Out-Default does
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>
                || value instanceof io.openecma.powershell.dotnet.DotNetDateTime) {
            return LanguagePrimitives.toStringValue(value);
        }
        return JsonText.compress(value, 5);
    }
}

package io.openecma.powershell.cmdlets.results;

import java.util.Locale;
import java.util.Map;

/** .NET names for the short type names cmdlet parameters are declared with. */
final class TypeNames {
    private static final Map<String, String> FULL = Map.ofEntries(
            Map.entry("object", "System.Object"), Map.entry("object[]", "System.Object[]"),
            Map.entry("string", "System.String"), Map.entry("string[]", "System.String[]"),
            Map.entry("int", "System.Int32"), Map.entry("int[]", "System.Int32[]"), Map.entry("long", "System.Int64"),
            Map.entry("bool", "System.Boolean"), Map.entry("switch", "System.Management.Automation.SwitchParameter"),
            Map.entry("scriptblock", "System.Management.Automation.ScriptBlock"),
            Map.entry("hashtable", "System.Collections.Hashtable"), Map.entry("datetime", "System.DateTime"),
            Map.entry("double", "System.Double"));

    private TypeNames() {
    }

    static String full(String shortName) {
        String s = shortName == null ? "object" : shortName;
        return FULL.getOrDefault(s.toLowerCase(Locale.ROOT), s);
    }

    /** The name the syntax shows: "string[]", "Object", "int". */
    static String display(String shortName) {
        String s = shortName == null ? "object" : shortName;
        return s.equalsIgnoreCase("object") ? "Object" : s.equalsIgnoreCase("object[]") ? "Object[]" : s;
    }
}

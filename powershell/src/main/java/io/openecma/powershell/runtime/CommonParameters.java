package io.openecma.powershell.runtime;

import java.util.Locale;
import java.util.Map;

/**
 * The common parameters of cmdlets and advanced functions (CommonParameters.cs) and their
 * aliases (-ea, -ev, -ov, ...). Names are lower-case canonical names.
 */
final class CommonParameters {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("vb", "verbose"), Map.entry("db", "debug"), Map.entry("ea", "erroraction"),
            Map.entry("wa", "warningaction"), Map.entry("infa", "informationaction"), Map.entry("ev", "errorvariable"),
            Map.entry("wv", "warningvariable"), Map.entry("iv", "informationvariable"), Map.entry("ov", "outvariable"),
            Map.entry("ob", "outbuffer"), Map.entry("pv", "pipelinevariable"), Map.entry("wi", "whatif"),
            Map.entry("cf", "confirm"));
    private static final java.util.Set<String> NAMES = java.util.Set.of("verbose", "debug", "erroraction",
            "warningaction", "informationaction", "errorvariable", "warningvariable", "informationvariable",
            "outvariable", "outbuffer", "pipelinevariable", "whatif", "confirm");

    private CommonParameters() {
    }

    /** The canonical name for a full name or alias, or null. */
    static String exact(String name) {
        String c = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(c) ? c : ALIASES.get(c);
    }

    /** As {@link #exact}, also taking a prefix that names one common parameter. */
    static String withPrefix(String name) {
        String full = exact(name);
        if (full != null) {
            return full;
        }
        String c = name.toLowerCase(Locale.ROOT);
        java.util.List<String> matches = NAMES.stream().filter(x -> x.startsWith(c)).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /** Whether the parameter takes a value (not a switch). */
    static boolean needsValue(String canonical) {
        return canonical.endsWith("action") || canonical.endsWith("variable") || canonical.equals("outbuffer");
    }
}

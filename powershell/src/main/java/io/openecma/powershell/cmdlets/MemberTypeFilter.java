package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A -MemberType value as the PSMemberTypes flags it converts to: names separated by commas, where
 * Properties means every property kind, Methods every method kind and All everything.
 */
final class MemberTypeFilter {
    private static final List<String> PROPERTIES = List.of("aliasproperty", "codeproperty", "property", "noteproperty", "scriptproperty");
    private static final List<String> METHODS = List.of("method", "codemethod", "scriptmethod");
    private static final List<String> ALL = List.of("aliasproperty", "codeproperty", "property", "noteproperty", "scriptproperty",
            "propertyset", "method", "codemethod", "scriptmethod", "parameterizedproperty", "memberset", "event", "dynamic",
            "infrastructureproperties");

    private final Set<String> kinds = new HashSet<>();

    private MemberTypeFilter() {
    }

    /** Null when the value names no member type (the caller reports the conversion error). */
    static MemberTypeFilter parse(Object value) {
        MemberTypeFilter f = new MemberTypeFilter();
        if (value == null) {
            f.kinds.addAll(ALL);
            return f;
        }
        for (Object part : LanguagePrimitives.toList(value)) {
            for (String name : LanguagePrimitives.toStringValue(part).split(",")) {
                String n = name.trim().toLowerCase(Locale.ROOT);
                switch (n) {
                    case "properties" -> f.kinds.addAll(PROPERTIES);
                    case "methods" -> f.kinds.addAll(METHODS);
                    case "all" -> f.kinds.addAll(ALL);
                    default -> {
                        if (!ALL.contains(n)) {
                            return null;
                        }
                        f.kinds.add(n);
                    }
                }
            }
        }
        return f;
    }

    boolean accepts(String memberType) {
        return kinds.contains(memberType.toLowerCase(Locale.ROOT));
    }
}

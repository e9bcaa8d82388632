package io.openecma.powershell.types;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.LanguagePrimitives;

/**
 * System.Management.Automation.WildcardPattern ([WildcardPattern] in 5.1): Escape, Unescape,
 * ContainsWildcardCharacters, and an instance (pattern[, WildcardOptions]) with IsMatch. Only the
 * IgnoreCase option changes matching here (Compiled and CultureInvariant do not).
 */
public final class WildcardPatternValue {
    private final String pattern;
    private final Wildcard compiled;

    public WildcardPatternValue(String pattern) {
        this(pattern, "None");
    }

    public WildcardPatternValue(String pattern, Object options) {
        this.pattern = pattern;
        String o = options == null ? "" : LanguagePrimitives.toStringValue(options);
        boolean ignoreCase = o.toLowerCase(java.util.Locale.ROOT).contains("ignorecase")
                || options instanceof Number n && (n.intValue() & 4) != 0;
        this.compiled = Wildcard.compile(pattern, !ignoreCase);
    }

    static void register(TypeRegistry registry) {
        registry.register("System.Management.Automation.WildcardPattern", WildcardPatternValue.class, "WildcardPattern");
    }

    public static String Escape(String text) {
        return text == null ? null : Wildcard.escape(text);
    }

    /** Removes the escape character before each character it escapes. */
    public static String Unescape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public static boolean ContainsWildcardCharacters(String text) {
        return text != null && Wildcard.containsWildcard(text);
    }

    public boolean IsMatch(String input) {
        return input != null && compiled.matches(input);
    }

    @Override
    public String toString() {
        return pattern;
    }
}

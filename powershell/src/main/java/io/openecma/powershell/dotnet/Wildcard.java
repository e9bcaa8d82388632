package io.openecma.powershell.dotnet;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A PowerShell wildcard pattern ({@code -like}, {@code switch -Wildcard}, {@code -Filter}-style
 * names): {@code *} any run of characters, {@code ?} one character, {@code [abc]} and
 * {@code [a-c]} one of a set, {@code `} escapes the next character. The whole text must match.
 * Case-insensitive unless asked otherwise (-clike).
 */
public final class Wildcard {
    /** Compiled patterns by text; a script matching many distinct patterns stops adding past this many. */
    private static final int MAX_CACHED = 256;
    private static final Map<String, Wildcard> CASE_SENSITIVE = new ConcurrentHashMap<>();
    private static final Map<String, Wildcard> IGNORING_CASE = new ConcurrentHashMap<>();

    private final String source;
    /** Null for a pattern that is plain ASCII text without wildcard characters: compared as text. */
    private final Pattern pattern;
    private final boolean caseSensitive;

    private Wildcard(String source, Pattern pattern, boolean caseSensitive) {
        this.source = source;
        this.pattern = pattern;
        this.caseSensitive = caseSensitive;
    }

    /** Thrown for a pattern PowerShell rejects, e.g. an unclosed {@code [}. */
    public static final class InvalidPatternException extends IllegalArgumentException {
        public InvalidPatternException(String pattern) {
            super("The specified wildcard character pattern is not valid: " + pattern);
        }
    }

    public static Wildcard compile(String pattern, boolean caseSensitive) {
        if (isPlainAscii(pattern)) {
            // Every character matches only itself (ignoring case): the same as comparing the text.
            return new Wildcard(pattern, null, caseSensitive);
        }
        Map<String, Wildcard> cache = caseSensitive ? CASE_SENSITIVE : IGNORING_CASE;
        Wildcard known = cache.get(pattern);
        if (known != null) {
            return known;
        }
        Wildcard compiled = toRegex(pattern, caseSensitive);
        if (cache.size() < MAX_CACHED) {
            cache.putIfAbsent(pattern, compiled);
        }
        return compiled;
    }

    /**
     * ASCII without {@code * ? [ ]} or the escape character. (ASCII only: the regex's Unicode
     * case folding and String's differ for a few characters outside it, so those keep the regex.)
     */
    private static boolean isPlainAscii(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c > 0x7f || c == '*' || c == '?' || c == '[' || c == ']' || c == '`') {
                return false;
            }
        }
        return true;
    }

    private static Wildcard toRegex(String pattern, boolean caseSensitive) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '`' && i + 1 < n) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(i + 1))));
                i += 2;
            } else if (c == '*') {
                regex.append(".*");
                i++;
            } else if (c == '?') {
                regex.append('.');
                i++;
            } else if (c == '[') {
                i = bracket(pattern, i + 1, regex);
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        int flags = Pattern.DOTALL;
        if (!caseSensitive) {
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        return new Wildcard(pattern, Pattern.compile(regex.toString(), flags), caseSensitive);
    }

    /** Translates a set after its '['; returns the index after its ']'. */
    private static int bracket(String pattern, int i, StringBuilder regex) {
        StringBuilder set = new StringBuilder("[");
        int n = pattern.length();
        boolean empty = true;
        while (true) {
            if (i >= n) {
                throw new InvalidPatternException(pattern);
            }
            char c = pattern.charAt(i);
            if (c == ']') {
                if (empty) {
                    throw new InvalidPatternException(pattern);
                }
                regex.append(set).append(']');
                return i + 1;
            }
            if (c == '`' && i + 1 < n) {
                c = pattern.charAt(++i);
                set.append(escapeInSet(c));
            } else if (c == '-' && !empty && i + 1 < n && pattern.charAt(i + 1) != ']') {
                set.append('-');
            } else {
                set.append(escapeInSet(c));
            }
            empty = false;
            i++;
        }
    }

    private static String escapeInSet(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + (c == '\\' ? "\\" : String.valueOf(c));
    }

    public boolean matches(String text) {
        if (pattern == null) {
            return caseSensitive ? source.equals(text) : source.equalsIgnoreCase(text);
        }
        return pattern.matcher(text).matches();
    }

    public String source() {
        return source;
    }

    /** {@code WildcardPattern.ContainsWildcardCharacters}: an unescaped * ? or [. */
    public static boolean containsWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /** {@code WildcardPattern.Escape}: backtick before * ? [ ] and `. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '`') {
                sb.append('`');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

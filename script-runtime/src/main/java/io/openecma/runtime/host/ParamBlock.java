package io.openecma.runtime.host;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameter names a script declares in its top-level {@code param(...)} block, read from the
 * text: ECMA2Host binds {@code $Credential} or {@code $PSCredential} (and {@code $Types} or
 * {@code $Schema}) by what the script itself declares. Comments and strings are skipped; attribute
 * arguments such as {@code [Parameter(Mandatory = $true)]} are not parameters.
 */
public final class ParamBlock {

    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Set<String> names;
    private final boolean present;

    private ParamBlock(Set<String> names, boolean present) {
        this.names = names;
        this.present = present;
    }

    public static ParamBlock of(String scriptText) {
        String code = blankCommentsAndStrings(scriptText);
        Matcher m = Pattern.compile("(?i)(?:^|[\\s;])param\\s*\\(").matcher(code);
        // The script's own block is the first one before any function or other statement uses braces.
        while (m.find()) {
            int open = code.indexOf('(', m.start());
            if (depthBefore(code, m.start()) != 0) {
                continue;
            }
            int close = matching(code, open);
            if (close < 0) {
                return new ParamBlock(Set.of(), false);
            }
            return new ParamBlock(declared(code.substring(open + 1, close)), true);
        }
        return new ParamBlock(Set.of(), false);
    }

    /** Whether the script has a param block at all. */
    public boolean present() {
        return present;
    }

    public boolean declares(String name) {
        return names.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Variables at bracket depth 0 inside the block: the parameters (not attribute or default-value contents). */
    private static Set<String> declared(String block) {
        Set<String> result = new LinkedHashSet<>();
        int square = 0;
        int round = 0;
        int curly = 0;
        boolean afterEquals = false;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            switch (c) {
                case '[' -> square++;
                case ']' -> square--;
                case '(' -> round++;
                case ')' -> round--;
                case '{' -> curly++;
                case '}' -> curly--;
                case ',' -> {
                    if (square == 0 && round == 0 && curly == 0) {
                        afterEquals = false;
                    }
                }
                case '=' -> {
                    if (square == 0 && round == 0 && curly == 0) {
                        afterEquals = true;
                    }
                }
                case '$' -> {
                    if (square == 0 && round == 0 && curly == 0 && !afterEquals) {
                        Matcher m = VARIABLE.matcher(block).region(i, block.length());
                        if (m.lookingAt()) {
                            result.add(m.group(1).toLowerCase(Locale.ROOT));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return result;
    }

    private static int depthBefore(String code, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = code.charAt(i);
            if (c == '{' || c == '(') {
                depth++;
            } else if (c == '}' || c == ')') {
                depth--;
            }
        }
        return depth;
    }

    private static int matching(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces comments and string contents with spaces so brackets and '$' in them do not count. */
    static String blankCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '#') {
                int end = text.indexOf("#>", i + 2);
                end = end < 0 ? text.length() : end + 2;
                blank(out, end - i);
                i = end;
            } else if (c == '#') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                blank(out, end - i);
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c) {
                    end += text.charAt(end) == '`' && c == '"' ? 2 : 1;
                }
                if (end >= text.length()) {
                    blank(out, text.length() - i);
                    i = text.length();
                } else {
                    out.append(c);
                    blank(out, end - i - 1);
                    out.append(c);
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int n) {
        for (int k = 0; k < n; k++) {
            out.append(' ');
        }
    }
}

package io.openecma.powershell.dotnet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A .NET regular expression translated to java.util.regex.
 * <p>
 * What differs between the two and is handled here: .NET numbers unnamed groups before named ones
 * (Java numbers all by position); group names Java rejects ({@code first_name}) are renamed and
 * mapped back; {@code (?'name')}, {@code \k'name'}; the {@code n} (ExplicitCapture) and {@code x}
 * (IgnorePatternWhitespace) options are applied during translation; {@code [} and {@code &&} are
 * literals inside a .NET class; class subtraction {@code [a-z-[aeiou]]} becomes Java's
 * {@code [a-z&&[^aeiou]]}; a {@code {} that is no quantifier is a literal. {@code .}, {@code $}
 * and {@code \Z} only know {@code \n} as line end (UNIX_LINES); {@code \w \d \s \b} are Unicode
 * as in .NET. Balancing groups, conditionals, numbered named groups and RightToLeft are not
 * supported and raise {@link DotNetRegexException}.
 */
public final class DotNetRegex {
    /** {@code System.Text.RegularExpressions.RegexOptions} values. */
    public static final int IGNORE_CASE = 1;
    public static final int MULTILINE = 2;
    public static final int EXPLICIT_CAPTURE = 4;
    public static final int COMPILED = 8;
    public static final int SINGLELINE = 16;
    public static final int IGNORE_PATTERN_WHITESPACE = 32;
    public static final int RIGHT_TO_LEFT = 64;
    public static final int ECMA_SCRIPT = 256;
    public static final int CULTURE_INVARIANT = 512;

    private static final Pattern JAVA_GROUP_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(,\\d*)?}");

    /** One capturing group: its .NET number and name (name is the number for unnamed groups). */
    public record Group(int number, String name, boolean named, int javaIndex) {
    }

    private final String source;
    private final Pattern pattern;
    private final List<Group> groups;
    private final Map<String, Group> byName;

    private DotNetRegex(String source, Pattern pattern, List<Group> groups) {
        this.source = source;
        this.pattern = pattern;
        this.groups = groups;
        this.byName = new LinkedHashMap<>();
        for (Group g : groups) {
            byName.put(g.name(), g);
            byName.put(Integer.toString(g.number()), g);
        }
    }

    public static DotNetRegex compile(String pattern, int options) {
        if ((options & RIGHT_TO_LEFT) != 0) {
            throw new DotNetRegexException(pattern, "RegexOptions.RightToLeft is not supported.");
        }
        if ((options & ECMA_SCRIPT) != 0 && (options & ~(ECMA_SCRIPT | IGNORE_CASE | MULTILINE | COMPILED)) != 0) {
            throw new DotNetRegexException(pattern, "ECMAScript can only be combined with IgnoreCase, Multiline "
                    + "and Compiled.");
        }
        Translator first = new Translator(pattern, options, null);
        first.run();
        List<Group> groups = first.numberGroups();
        Translator second = new Translator(pattern, options, groups);
        String java = second.run();
        int flags = Pattern.UNIX_LINES;
        if ((options & ECMA_SCRIPT) == 0) {
            flags |= Pattern.UNICODE_CHARACTER_CLASS;
        }
        if ((options & IGNORE_CASE) != 0) {
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if ((options & MULTILINE) != 0) {
            flags |= Pattern.MULTILINE;
        }
        if ((options & SINGLELINE) != 0) {
            flags |= Pattern.DOTALL;
        }
        try {
            return new DotNetRegex(pattern, Pattern.compile(java, flags), groups);
        } catch (PatternSyntaxException e) {
            throw new DotNetRegexException(pattern, e.getDescription() + ".");
        }
    }

    /** The pattern as written in .NET syntax. */
    public String source() {
        return source;
    }

    public Pattern javaPattern() {
        return pattern;
    }

    /** All groups in .NET order: 0, the unnamed groups, then the named ones. */
    public List<Group> groups() {
        return groups;
    }

    /** The group with this .NET name or number (as text; named groups have numbers too), or null. */
    public Group group(String nameOrNumber) {
        return byName.get(nameOrNumber);
    }

    public Matcher matcher(CharSequence input) {
        return pattern.matcher(input);
    }

    /**
     * PowerShell's {@code $Matches} after a successful match: the groups that took part, keyed by
     * number (Integer) for unnamed groups and by name (String) for named ones.
     */
    public Map<Object, String> matchesTable(MatchResult m) {
        Map<Object, String> table = new LinkedHashMap<>();
        for (Group g : groups) {
            String value = m.group(g.javaIndex());
            if (value != null) {
                table.put(g.named() ? g.name() : (Object) g.number(), value);
            }
        }
        return table;
    }

    /** {@code Regex.Replace(input, replacement)} with .NET substitutions. */
    public String replace(String input, String replacement) {
        return replace(input, replacement, -1);
    }

    /** {@code Regex.Replace(input, replacement, count)}; a negative count replaces every match. */
    public String replace(String input, String replacement, int count) {
        List<Object> parts = parseReplacement(replacement);
        return replace(input, m -> expand(parts, m, input), count);
    }

    /** {@code Regex.Replace(input, evaluator)}: the evaluator gives each match's replacement. */
    public String replace(String input, Function<MatchResult, String> evaluator, int count) {
        Matcher m = pattern.matcher(input);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int done = 0;
        while ((count < 0 || done < count) && m.find()) {
            out.append(input, last, m.start()).append(evaluator.apply(m.toMatchResult()));
            last = m.end();
            done++;
        }
        return out.append(input, last, input.length()).toString();
    }

    /**
     * {@code Regex.Split(input, count)}: the pieces between matches plus the text of the groups
     * that took part in each match, in .NET group order; count 0 or less means no limit.
     */
    public List<String> split(String input, int count) {
        List<String> result = new ArrayList<>();
        if (count == 1) {
            result.add(input);
            return result;
        }
        Matcher m = pattern.matcher(input);
        int last = 0;
        int pieces = 1;
        while ((count <= 0 || pieces < count) && m.find()) {
            result.add(input.substring(last, m.start()));
            for (Group g : groups) {
                if (g.number() != 0 && m.group(g.javaIndex()) != null) {
                    result.add(m.group(g.javaIndex()));
                }
            }
            last = m.end();
            pieces++;
        }
        result.add(input.substring(last));
        return result;
    }

    /** {@code Regex.Escape}: escapes \ * + ? | { [ ( ) ^ $ . # and white space. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '+', '?', '|', '{', '[', '(', ')', '^', '$', '.', '#', ' ' -> sb.append('\\').append(c);
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\f' -> sb.append("\\f");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code Regex.Unescape}: resolves the escapes {@link #escape} and regex syntax produce
     * ({@code \\.} to {@code .}, {@code \\t}, {@code \\n}, {@code \\xHH}, {@code \\uHHHH}, ...).
     */
    public static String unescape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                sb.append(c);
                continue;
            }
            char n = text.charAt(++i);
            switch (n) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'f' -> sb.append('\f');
                case 'a' -> sb.append('\u0007');
                case 'e' -> sb.append('\u001b');
                case 'x', 'u' -> {
                    int len = n == 'x' ? 2 : 4;
                    try {
                        sb.append((char) Integer.parseInt(text.substring(i + 1, i + 1 + len), 16));
                    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                        throw new DotNetRegexException(text, "Insufficient hexadecimal digits.");
                    }
                    i += len;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- replacement strings

    private enum Special { WHOLE, BEFORE, AFTER, LAST_GROUP, INPUT }

    /** Literal text (String), a group (Group) or a {@link Special}. */
    private List<Object> parseReplacement(String r) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < r.length()) {
            char c = r.charAt(i);
            if (c != '$' || i + 1 >= r.length()) {
                literal.append(c);
                i++;
                continue;
            }
            char next = r.charAt(i + 1);
            Object part = null;
            int consumed = 2;
            switch (next) {
                case '$' -> {
                    literal.append('$');
                    i += 2;
                    continue;
                }
                case '&' -> part = Special.WHOLE;
                case '`' -> part = Special.BEFORE;
                case '\'' -> part = Special.AFTER;
                case '+' -> part = Special.LAST_GROUP;
                case '_' -> part = Special.INPUT;
                case '{' -> {
                    int close = r.indexOf('}', i + 2);
                    if (close > 0) {
                        Group g = byName.get(r.substring(i + 2, close));
                        if (g != null) {
                            part = g;
                            consumed = close - i + 1;
                        }
                    }
                }
                default -> {
                    // The longest run of digits that names an existing group, as .NET does.
                    int j = i + 1;
                    int number = 0;
                    Group found = null;
                    while (j < r.length() && Character.isDigit(r.charAt(j)) && number < 100_000_000) {
                        number = number * 10 + (r.charAt(j) - '0');
                        Group g = byName.get(Integer.toString(number));
                        if (g != null) {
                            found = g;
                            consumed = j - i + 1;
                        }
                        j++;
                    }
                    part = found;
                }
            }
            if (part == null) {
                literal.append('$');
                i++;
                continue;
            }
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            parts.add(part);
            i += consumed;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return parts;
    }

    private String expand(List<Object> parts, MatchResult m, String input) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String s) {
                sb.append(s);
            } else if (part instanceof Group g) {
                String value = m.group(g.javaIndex());
                sb.append(value == null ? "" : value);
            } else {
                switch ((Special) part) {
                    case WHOLE -> sb.append(m.group());
                    case BEFORE -> sb.append(input, 0, m.start());
                    case AFTER -> sb.append(input, m.end(), input.length());
                    case INPUT -> sb.append(input);
                    case LAST_GROUP -> {
                        Group g = groups.get(groups.size() - 1);
                        String value = m.group(g.javaIndex());
                        sb.append(value == null ? "" : value);
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- translation

    /**
     * Walks a .NET pattern once and writes the Java pattern. The first run only discovers the
     * groups; the second (given the numbered groups) resolves back references.
     */
    private static final class Translator {
        private final String p;
        private final List<Group> known;
        private final StringBuilder out = new StringBuilder();
        private final List<String[]> found = new ArrayList<>(); // {name or null, java name or null}
        private final Deque<boolean[]> scopes = new ArrayDeque<>(); // {explicitCapture, ignoreWhitespace}
        private boolean explicitCapture;
        private boolean ignoreWhitespace;
        private int i;

        Translator(String pattern, int options, List<Group> known) {
            this.p = pattern;
            this.known = known;
            this.explicitCapture = (options & EXPLICIT_CAPTURE) != 0;
            this.ignoreWhitespace = (options & IGNORE_PATTERN_WHITESPACE) != 0;
        }

        private DotNetRegexException error(String detail) {
            return new DotNetRegexException(p, detail);
        }

        String run() {
            while (i < p.length()) {
                char c = p.charAt(i);
                if (ignoreWhitespace && Character.isWhitespace(c)) {
                    i++;
                } else if (ignoreWhitespace && c == '#') {
                    while (i < p.length() && p.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '\\') {
                    escape();
                } else if (c == '[') {
                    out.append(charClass());
                } else if (c == '(') {
                    openGroup();
                } else if (c == ')') {
                    if (scopes.isEmpty()) {
                        throw error("Too many )'s.");
                    }
                    boolean[] saved = scopes.pop();
                    explicitCapture = saved[0];
                    ignoreWhitespace = saved[1];
                    out.append(')');
                    i++;
                } else if (c == '{') {
                    Matcher q = QUANTIFIER.matcher(p).region(i, p.length());
                    if (q.lookingAt()) {
                        out.append(q.group());
                        i = q.end();
                    } else {
                        out.append("\\{");
                        i++;
                    }
                } else {
                    out.append(c);
                    i++;
                }
            }
            if (!scopes.isEmpty()) {
                throw error("Not enough )'s.");
            }
            return out.toString();
        }

        List<Group> numberGroups() {
            List<Group> result = new ArrayList<>();
            result.add(new Group(0, "0", false, 0));
            int number = 1;
            for (int k = 0; k < found.size(); k++) {
                if (found.get(k)[0] == null) {
                    result.add(new Group(number, Integer.toString(number), false, k + 1));
                    number++;
                }
            }
            for (int k = 0; k < found.size(); k++) {
                String name = found.get(k)[0];
                if (name != null) {
                    result.add(new Group(number++, name, true, k + 1));
                }
            }
            return result;
        }

        private void escape() {
            if (i + 1 >= p.length()) {
                throw error("Illegal \\ at end of pattern.");
            }
            char n = p.charAt(i + 1);
            if (n == 'k' && i + 2 < p.length() && (p.charAt(i + 2) == '<' || p.charAt(i + 2) == '\'')) {
                char close = p.charAt(i + 2) == '<' ? '>' : '\'';
                int end = p.indexOf(close, i + 3);
                if (end < 0) {
                    throw error("Malformed \\k<...> named back reference.");
                }
                backReference(p.substring(i + 3, end));
                i = end + 1;
            } else if (n >= '1' && n <= '9') {
                int j = i + 1;
                while (j < p.length() && Character.isDigit(p.charAt(j))) {
                    j++;
                }
                backReference(p.substring(i + 1, j));
                i = j;
            } else if ((n == 'p' || n == 'P') && i + 2 < p.length() && p.charAt(i + 2) == '{') {
                int end = p.indexOf('}', i);
                if (end < 0) {
                    throw error("Incomplete \\p{X} character escape.");
                }
                out.append(p, i, end + 1);
                i = end + 1;
            } else {
                out.append('\\').append(n);
                i += 2;
            }
        }

        private void backReference(String name) {
            if (known == null) {
                out.append("(?:)");
                return;
            }
            for (Group g : known) {
                if (g.name().equals(name) || Integer.toString(g.number()).equals(name)) {
                    out.append("(?:\\").append(g.javaIndex()).append(')');
                    return;
                }
            }
            throw error("Reference to undefined group " + (Character.isDigit(name.charAt(0)) ? "number " : "name ")
                    + name + ".");
        }

        private void openGroup() {
            scopes.push(new boolean[] {explicitCapture, ignoreWhitespace});
            if (i + 1 >= p.length() || p.charAt(i + 1) != '?') {
                i++;
                if (explicitCapture) {
                    out.append("(?:");
                } else {
                    found.add(new String[] {null});
                    out.append('(');
                }
                return;
            }
            if (i + 2 >= p.length()) {
                throw error("Unrecognized grouping construct.");
            }
            char k = p.charAt(i + 2);
            if (k == '#') {
                int end = p.indexOf(')', i);
                if (end < 0) {
                    throw error("Unterminated (?#...) comment.");
                }
                scopes.pop();
                i = end + 1;
            } else if (k == ':' || k == '=' || k == '!' || k == '>') {
                out.append(p, i, i + 3);
                i += 3;
            } else if (k == '<' && i + 3 < p.length() && (p.charAt(i + 3) == '=' || p.charAt(i + 3) == '!')) {
                out.append(p, i, i + 4);
                i += 4;
            } else if (k == '<' || k == '\'') {
                namedGroup(k == '<' ? '>' : '\'');
            } else if (k == '(') {
                throw error("Conditional (?(...)) groups are not supported.");
            } else {
                inlineOptions();
            }
        }

        private void namedGroup(char close) {
            int end = p.indexOf(close, i + 3);
            if (end < 0) {
                throw error("Unrecognized grouping construct.");
            }
            String name = p.substring(i + 3, end);
            if (name.contains("-")) {
                throw error("Balancing groups (?<name1-name2>) are not supported.");
            }
            if (name.isEmpty() || !name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
                throw error("Invalid group name: Group names must begin with a word character.");
            }
            if (Character.isDigit(name.charAt(0))) {
                throw error("Numbered groups (?<" + name + ">) are not supported.");
            }
            for (String[] f : found) {
                if (name.equals(f[0])) {
                    throw error("A group name used twice (" + name + ") is not supported.");
                }
            }
            String javaName = JAVA_GROUP_NAME.matcher(name).matches() && !name.startsWith("zq") ? name
                    : "zq" + found.size();
            found.add(new String[] {name, javaName});
            out.append("(?<").append(javaName).append('>');
            i = end + 1;
        }

        /** {@code (?imnsx-imnsx)} or {@code (?imnsx-imnsx:...)}. */
        private void inlineOptions() {
            int j = i + 2;
            boolean on = true;
            StringBuilder javaOn = new StringBuilder();
            StringBuilder javaOff = new StringBuilder();
            boolean newExplicit = explicitCapture;
            boolean newWhitespace = ignoreWhitespace;
            while (j < p.length() && p.charAt(j) != ')' && p.charAt(j) != ':') {
                char o = Character.toLowerCase(p.charAt(j));
                switch (o) {
                    case '-' -> on = false;
                    case 'i', 'm', 's' -> (on ? javaOn : javaOff).append(o);
                    case 'n' -> newExplicit = on;
                    case 'x' -> newWhitespace = on;
                    default -> throw error("Unrecognized grouping construct.");
                }
                j++;
            }
            if (j >= p.length()) {
                throw error("Not enough )'s.");
            }
            String flags = javaOn + (javaOff.length() > 0 ? "-" + javaOff : "");
            if (p.charAt(j) == ')') {
                // Options for the rest of the enclosing group.
                scopes.pop();
                explicitCapture = newExplicit;
                ignoreWhitespace = newWhitespace;
                if (!flags.isEmpty()) {
                    out.append("(?").append(flags).append(')');
                }
            } else {
                explicitCapture = newExplicit;
                ignoreWhitespace = newWhitespace;
                out.append("(?").append(flags).append(':');
            }
            i = j + 1;
        }

        /** Translates a class starting at '['; returns its Java text. */
        private String charClass() {
            StringBuilder sb = new StringBuilder("[");
            i++;
            if (i < p.length() && p.charAt(i) == '^') {
                sb.append('^');
                i++;
            }
            boolean first = true;
            while (true) {
                if (i >= p.length()) {
                    throw error("Unterminated [] set.");
                }
                char c = p.charAt(i);
                if (c == ']' && !first) {
                    i++;
                    break;
                }
                first = false;
                if (c == '-' && i + 1 < p.length() && p.charAt(i + 1) == '[') {
                    i++;
                    String subtracted = charClass();
                    if (i >= p.length() || p.charAt(i) != ']') {
                        throw error("A subtraction must be the last element in a character class.");
                    }
                    i++;
                    String inner = subtracted.substring(1, subtracted.length() - 1);
                    String negated = inner.startsWith("^") ? inner.substring(1) : "^" + inner;
                    return sb.append("&&[").append(negated).append("]]").toString();
                }
                if (c == '\\') {
                    if (i + 1 >= p.length()) {
                        throw error("Illegal \\ at end of pattern.");
                    }
                    char n = p.charAt(i + 1);
                    sb.append(n == 'b' ? "\\x08" : "\\" + n);
                    i += 2;
                    continue;
                }
                switch (c) {
                    case '[', '&', '#', ' ' -> sb.append('\\').append(c);
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case ']' -> sb.append("\\]");
                    default -> sb.append(c);
                }
                i++;
            }
            return sb.append(']').toString();
        }
    }
}

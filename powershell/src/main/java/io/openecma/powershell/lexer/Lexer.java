package io.openecma.powershell.lexer;

import io.openecma.powershell.ast.Position;
import io.openecma.powershell.parser.ParseException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;

/**
 * PowerShell's tokenizer. Tokenizing depends on the parser's mode (tokenizer.cs does the same):
 * in {@link Mode#COMMAND} words are generic tokens and {@code -x} is a parameter; in
 * {@link Mode#EXPRESSION} words are identifiers and {@code -eq} is an operator. The parser asks
 * for the next token in the mode it is in; tokens can be re-read in another mode with {@link #reset}.
 */
public final class Lexer {

    public enum Mode { COMMAND, EXPRESSION }

    private static final Set<String> DASH_OPERATORS = Set.of(
            "eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "replace",
            "contains", "notcontains", "in", "notin", "split");
    private static final Set<String> OTHER_DASH_OPERATORS = Set.of(
            "join", "is", "isnot", "as", "and", "or", "xor", "not", "band", "bor", "bxor", "bnot", "shl", "shr", "f");

    private final String text;
    private final String file;
    private final int baseLine;
    private final int baseColumn;
    private int pos;
    /** Where each {@code #requires} line comment starts (Tokenizer: comments whose text begins "requires"). */
    private final java.util.SortedSet<Integer> requiresComments = new java.util.TreeSet<>();
    /** Every comment met so far, start offset to end offset (comment-based help reads them). */
    private final java.util.NavigableMap<Integer, Integer> comments = new java.util.TreeMap<>();

    public Lexer(String file, String text) {
        this(file, text, 1, 1);
    }

    /** A lexer over a fragment (e.g. a $(...) inside a string) that starts at the given line and column. */
    public Lexer(String file, String text, int baseLine, int baseColumn) {
        this.file = file;
        this.text = text;
        this.baseLine = baseLine;
        this.baseColumn = baseColumn;
    }

    /** The offsets of the {@code #requires} comments met so far, in order. */
    public java.util.SortedSet<Integer> requiresComments() {
        return java.util.Collections.unmodifiableSortedSet(requiresComments);
    }

    /** The comments met so far: start offset to end offset (exclusive), in order. */
    public java.util.NavigableMap<Integer, Integer> comments() {
        return java.util.Collections.unmodifiableNavigableMap(comments);
    }

    public String text() {
        return text;
    }

    public String file() {
        return file;
    }

    public int offset() {
        return pos;
    }

    public void reset(int offset) {
        pos = offset;
    }

    /** Reads a command-mode bare word starting at {@code offset} (e.g. {@code $dir/$name} as one argument). */
    public Token genericAt(int offset, boolean spaceBefore) {
        pos = offset;
        return generic(offset, spaceBefore);
    }

    /** Whether a variable token ending at {@code end} runs on into a bare word (a character no operator starts). */
    public boolean continuesAsBareWord(int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return !Character.isWhitespace(c) && "(){}[];,|&.<>`=\"'".indexOf(c) < 0 && !isDoubleQuote(c) && !isSingleQuote(c);
    }

    private int[] lineStarts;

    public Position positionAt(int offset) {
        if (lineStarts == null) {
            java.util.List<Integer> starts = new java.util.ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int idx = java.util.Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        int col = offset - lineStarts[line] + 1;
        return new Position(file, baseLine + line, line == 0 ? baseColumn + col - 1 : col);
    }

    /** Offset just past the ')' matching an opening '(' that ends right before {@code offsetAfterOpen}. */
    public int matchingClose(int offsetAfterOpen) {
        pos = offsetAfterOpen;
        skipBalanced(')');
        return pos;
    }

    /** An error with 5.1's ErrorId; {@code incomplete} when more text could complete the input. */
    private ParseException error(String errorId, String message, int at, boolean incomplete) {
        return new ParseException(errorId, message, positionAt(at), at, at, incomplete, true);
    }

    private char peekChar(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    /**
     * CharExtensions.IsWhitespace (CharTraits.cs): space, tab, vertical tab, form feed, no-break
     * space, next line (U+0085) and any Unicode separator above U+0100; newlines are not whitespace.
     */
    public static boolean isPowerShellWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
        }
        if (c <= 256) {
            return c == '\u00A0' || c == '\u0085';
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Skips spaces, comments and line continuations; returns true if anything was skipped. */
    private boolean skipTrivia() {
        int begin = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isPowerShellWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (c == '`' && (peekChar(1) == '\n' || peekChar(1) == '\r')) {
                // A line continuation: backtick then LF, CRLF or a lone CR (old Mac line ending).
                pos += peekChar(1) == '\r' && peekChar(2) == '\n' ? 3 : 2;
            } else if (c == '#') {
                if (text.regionMatches(true, pos + 1, "requires", 0, 8)) {
                    requiresComments.add(pos);
                }
                int start = pos;
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
                comments.put(start, pos);
            } else if (c == '<' && peekChar(1) == '#') {
                int end = text.indexOf("#>", pos + 2);
                if (end < 0) {
                    throw error("MissingTerminatorMultiLineComment",
                            "The terminator '#>' is missing from the multiline comment.", pos, true);
                }
                comments.put(pos, end + 2);
                pos = end + 2;
            } else {
                break;
            }
        }
        return pos > begin;
    }

    public Token next(Mode mode) {
        boolean space = skipTrivia();
        int start = pos;
        if (pos >= text.length()) {
            return token(TokenKind.EOF, start, null, space);
        }
        char c = text.charAt(pos);
        if (c == '\r' || c == '\n') {
            pos += (c == '\r' && peekChar(1) == '\n') ? 2 : 1;
            return token(TokenKind.NEWLINE, start, null, space);
        }
        if (c == ';') {
            pos++;
            return token(TokenKind.SEMICOLON, start, null, space);
        }
        if (c == '$' && peekChar(1) == '(') {
            pos += 2;
            return token(TokenKind.OPERATOR, start, null, space);
        }
        if (c == '$') {
            Token t = variable(start, space);
            if (t != null) {
                return t;
            }
        }
        if (c == '@') {
            char n = peekChar(1);
            if (n == '(' || n == '{') {
                pos += 2;
                return token(TokenKind.OPERATOR, start, null, space);
            }
            if (isDoubleQuote(n) || isSingleQuote(n)) {
                return hereString(start, space);
            }
            if (isVariableChar(n)) {
                pos++;
                while (pos < text.length() && isVariableChar(text.charAt(pos))) {
                    pos++;
                }
                return new Token(TokenKind.SPLAT, text.substring(start, pos), text.substring(start + 1, pos),
                        positionAt(start), start, pos, space);
            }
        }
        if (isSingleQuote(c)) {
            return singleQuoted(start, space);
        }
        if (isDoubleQuote(c)) {
            return doubleQuoted(start, space);
        }
        Token redirection = redirection(start, space);
        if (redirection != null) {
            return redirection;
        }
        if (isDash(c)) {
            Token t = dash(mode, start, space);
            if (t != null) {
                return t;
            }
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peekChar(1)))) {
            Token t = number(mode, start, space);
            if (t != null) {
                return t;
            }
        }
        if (mode == Mode.EXPRESSION && c == '?') {
            return question(start, space);
        }
        if (mode == Mode.EXPRESSION) {
            if (isIdentifierStart(c)) {
                while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
                    pos++;
                }
                return token(TokenKind.IDENTIFIER, start, null, space);
            }
            return operator(start, space);
        }
        // Command mode: punctuation that ends or opens things, otherwise a generic word.
        if ("(){}|,;".indexOf(c) >= 0 || c == '[' && false) {
            return operator(start, space);
        }
        if (c == '&') {
            return operator(start, space);
        }
        if (c == '.' && (peekChar(1) == ' ' || peekChar(1) == '\t' || peekChar(1) == '{' || peekChar(1) == '('
                || peekChar(1) == '$' || isDoubleQuote(peekChar(1)) || isSingleQuote(peekChar(1)))) {
            pos++;
            return token(TokenKind.OPERATOR, start, null, space);
        }
        if (c == '=' || c == '!' && false) {
            return operator(start, space);
        }
        return generic(start, space);
    }

    /**
     * PowerShell 7's '?' operators (additive to 5.1, issue #11; tokenizer.cs): '?.' and '?[' right
     * after an operand with no space between (the null-conditional accesses), else '??=', '??' or
     * the ternary '?'. A variable name still takes a trailing '?' ($a?.b is $a? then .b).
     */
    private Token question(int start, boolean space) {
        char n = peekChar(1);
        if (!space && (n == '.' || n == '[')) {
            pos += 2;
        } else if (n == '?') {
            pos += peekChar(2) == '=' ? 3 : 2;
        } else {
            pos++;
        }
        return token(TokenKind.OPERATOR, start, null, space);
    }

    private Token token(TokenKind kind, int start, Object value, boolean space) {
        return new Token(kind, text.substring(start, pos), value, positionAt(start), start, pos, space);
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static boolean isVariableChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '?';
    }

    private Token variable(int start, boolean space) {
        char n = peekChar(1);
        if (n == '{') {
            return bracedVariable(start, space);
        }
        if (n == '$' || n == '^' || n == '?') {
            pos += 2;
            return token(TokenKind.VARIABLE, start, String.valueOf(n), space);
        }
        if (!isVariableChar(n) && n != ':') {
            return null;
        }
        pos++;
        int nameStart = pos;
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (isVariableChar(ch)) {
                pos++;
            } else if (ch == ':' && peekChar(1) != ':' && isVariableChar(peekChar(1))) {
                // tokenizer.cs ScanVariable takes each ':' followed by a name character whatever comes before
                // it ($env:x; $true?2:3 is the variable 'true?2:3', $:abc is ':abc', $variable:a:b is 'a:b').
                pos++;
            } else {
                break;
            }
        }
        if (pos < text.length() && text.charAt(pos) == ':' && peekChar(1) != ':' && !isVariableChar(peekChar(1))
                && isScope(text.substring(nameStart, pos))) {
            // tokenizer.cs ScanVariable takes the ':' of a scope with no name after it ($private:); the
            // parser reports the reference as not valid (InvalidVariableReference).
            pos++;
        }
        return token(TokenKind.VARIABLE, start, text.substring(nameStart, pos), space);
    }

    private static boolean isScope(String prefix) {
        return switch (prefix.toLowerCase(Locale.ROOT)) {
            case "global", "script", "local", "private" -> true;
            default -> false;
        };
    }

    /** {@code ${any name}}: a backtick takes the next character literally (so {@code `}} does not close it). */
    private Token bracedVariable(int start, boolean space) {
        StringBuilder name = new StringBuilder();
        int i = pos + 2;
        while (i < text.length() && text.charAt(i) != '}') {
            char c = text.charAt(i);
            int unicodeEnd = c == '`' ? UnicodeEscape.end(text, i) : -1;
            if (unicodeEnd > 0) {
                UnicodeEscape.append(text, i, unicodeEnd, name);
                i = unicodeEnd;
            } else if (c == '`' && i + 1 < text.length()) {
                name.append(text.charAt(i + 1));
                i += 2;
            } else {
                name.append(c);
                i++;
            }
        }
        if (i >= text.length()) {
            throw error("IncompleteDollarVariableReference",
                    "${variable} reference starting is missing the closing '}'.", pos, true);
        }
        pos = i + 1;
        return token(TokenKind.VARIABLE, start, name.toString(), space);
    }

    private Token singleQuoted(int start, boolean space) {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", start, true);
            }
            char c = text.charAt(pos);
            if (isSingleQuote(c)) {
                if (isSingleQuote(peekChar(1))) {
                    sb.append(c);
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            sb.append(c);
            pos++;
        }
        return token(TokenKind.LITERAL_STRING, start, sb.toString(), space);
    }

    /** Scans a double-quoted string, skipping over nested {@code $( ... )} with their own quotes. */
    private Token doubleQuoted(int start, boolean space) {
        pos++;
        int contentStart = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", start, true);
            }
            char c = text.charAt(pos);
            if (c == '`') {
                pos += 2;
                continue;
            }
            if (c == '$' && peekChar(1) == '(') {
                pos += 2;
                skipBalanced(')');
                continue;
            }
            if (isDoubleQuote(c)) {
                if (isDoubleQuote(peekChar(1))) {
                    pos += 2;
                    continue;
                }
                break;
            }
            pos++;
        }
        String raw = text.substring(contentStart, pos);
        pos++;
        return token(TokenKind.EXPANDABLE_STRING, start, raw, space);
    }

    /** Skips to the matching close bracket, stepping over strings and comments. */
    private void skipBalanced(char close) {
        int depth = 1;
        int begin = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '`') {
                pos += 2;
            } else if (isSingleQuote(c)) {
                singleQuoted(pos, false);
            } else if (isDoubleQuote(c)) {
                doubleQuoted(pos, false);
            } else if (c == '@' && (isDoubleQuote(peekChar(1)) || isSingleQuote(peekChar(1)))
                    && (peekChar(2) == '\n' || peekChar(2) == '\r')) {
                hereString(pos, false);
            } else if (c == '#' && (pos == 0 || Character.isWhitespace(text.charAt(pos - 1)))) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
                pos++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
                pos++;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
        throw error("MissingEndParenthesisInSubexpression", "Missing closing '" + close + "' in subexpression.", begin,
                true);
    }

    private Token hereString(int start, boolean space) {
        boolean expandable = isDoubleQuote(peekChar(1));
        pos += 2;
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        // A line may end with CR LF, LF or a lone CR (LineEndings.Tests.ps1); the content keeps its own line ends.
        int headerEnd = lineEnd(pos);
        if (headerEnd == pos) {
            throw error("UnexpectedCharactersAfterHereStringHeader",
                    "No characters are allowed after a here-string header but before the end of the line.", start, false);
        }
        pos = headerEnd;
        int contentStart = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error("TerminatorExpectedAtEndOfString",
                        "The string is missing the terminator: " + (expandable ? "\"@" : "'@") + ".", start, true);
            }
            int lineStart = pos;
            char q = text.charAt(lineStart);
            if ((expandable ? isDoubleQuote(q) : isSingleQuote(q)) && lineStart + 1 < text.length()
                    && text.charAt(lineStart + 1) == '@') {
                int contentEnd = lineStart;
                if (contentEnd > contentStart) {
                    contentEnd--;
                    if (text.charAt(contentEnd) == '\n' && contentEnd > contentStart && text.charAt(contentEnd - 1) == '\r') {
                        contentEnd--;
                    }
                }
                String content = text.substring(contentStart, contentEnd);
                pos = lineStart + 2;
                return token(expandable ? TokenKind.EXPANDABLE_STRING : TokenKind.LITERAL_STRING, start,
                        expandable ? new HereString(content) : content, space);
            }
            while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                pos++;
            }
            pos = pos < text.length() ? lineEnd(pos) : pos;
        }
    }

    /** The position after the line end (CR LF, LF or CR) at {@code at}, or {@code at} when there is none. */
    private int lineEnd(int at) {
        if (at < text.length() && text.charAt(at) == '\r') {
            return at + 1 < text.length() && text.charAt(at + 1) == '\n' ? at + 2 : at + 1;
        }
        return at < text.length() && text.charAt(at) == '\n' ? at + 1 : at;
    }

    /** Marks the raw content of an expandable here-string (quotes inside are literal). */
    public record HereString(String raw) {
        @Override
        public String toString() {
            return raw;
        }
    }

    private Token redirection(int start, boolean space) {
        char c = text.charAt(pos);
        String rest = text.substring(pos, Math.min(text.length(), pos + 4));
        String[] forms = {"2>&1", "1>&2", "*>&1", "3>&1", "4>&1", "5>&1", "6>&1", "2>>", "*>>", "1>>", "3>>", "4>>",
                "5>>", "6>>", "2>", "*>", "1>", "3>", "4>", "5>", "6>", ">>", ">"};
        if (c != '>' && c != '*' && !Character.isDigit(c)) {
            return null;
        }
        for (String f : forms) {
            if (rest.startsWith(f)) {
                if (Character.isDigit(c) && start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                        && "(|;{".indexOf(text.charAt(start - 1)) < 0) {
                    return null;
                }
                pos += f.length();
                return token(TokenKind.REDIRECTION, start, f, space);
            }
        }
        return null;
    }

    private Token dash(Mode mode, int start, boolean space) {
        int i = pos + 1;
        // Tokenizer: "-?" is a parameter too (the help switch), in command mode.
        boolean helpSwitch = mode == Mode.COMMAND && i < text.length() && text.charAt(i) == '?';
        if (i < text.length() && (isIdentifierStart(text.charAt(i)) || helpSwitch)) {
            int j = i;
            while (j < text.length() && (isIdentifierChar(text.charAt(j))
                    || text.charAt(j) == '-' && mode == Mode.COMMAND)) {
                j++;
            }
            String word = text.substring(i, j);
            if (mode == Mode.EXPRESSION) {
                String op = word.toLowerCase(Locale.ROOT);
                String base = (op.startsWith("c") || op.startsWith("i")) && DASH_OPERATORS.contains(op.substring(1))
                        ? op.substring(1) : op;
                if (DASH_OPERATORS.contains(base) || OTHER_DASH_OPERATORS.contains(op)) {
                    pos = j;
                    return new Token(TokenKind.OPERATOR, "-" + op, null, positionAt(start), start, pos, space);
                }
                return null;
            }
            // Command mode: a parameter name, possibly with a trailing colon.
            while (j < text.length() && !isArgumentEnd(text.charAt(j)) && text.charAt(j) != ':') {
                j++;
            }
            String name = text.substring(i, j);
            pos = j;
            if (pos < text.length() && text.charAt(pos) == ':') {
                pos++;
            }
            return new Token(TokenKind.PARAMETER, text.substring(start, pos), name, positionAt(start), start, pos, space);
        }
        if (mode == Mode.COMMAND && i < text.length() && text.charAt(i) == '-' && peekChar(2) == '%') {
            return null;
        }
        return null;
    }

    private static boolean isArgumentEnd(char c) {
        return Character.isWhitespace(c) || "(){};,|&".indexOf(c) >= 0;
    }

    private Token number(Mode mode, int start, boolean space) {
        int i = pos;
        boolean hex = text.charAt(i) == '0' && (i + 1 < text.length()) && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X');
        StringBuilder digits = new StringBuilder();
        boolean real = false;
        if (hex) {
            i += 2;
            while (i < text.length() && Character.digit(text.charAt(i), 16) >= 0) {
                digits.append(text.charAt(i++));
            }
            if (digits.length() == 0) {
                return null;
            }
        } else {
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i++));
            }
            if (i < text.length() && text.charAt(i) == '.' && decimalPointAt(i)) {
                real = true;
                digits.append('.');
                i++;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    digits.append(text.charAt(i++));
                }
            }
            if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                int k = i + 1;
                if (k < text.length() && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
                    k++;
                }
                if (k < text.length() && Character.isDigit(text.charAt(k))) {
                    real = true;
                    digits.append('E').append(text, i + 1, k);
                    i = k;
                    while (i < text.length() && Character.isDigit(text.charAt(i))) {
                        digits.append(text.charAt(i++));
                    }
                }
            }
        }
        char typeSuffix = 0;
        if (i < text.length() && "lLdD".indexOf(text.charAt(i)) >= 0) {
            typeSuffix = Character.toLowerCase(text.charAt(i));
            i++;
        } else if (i < text.length() && !real && "nNsS".indexOf(text.charAt(i)) >= 0
                && (i + 1 >= text.length() || !isIdentifierChar(text.charAt(i + 1)) || isMultiplierAt(i + 1))) {
            // PowerShell 7's integer suffixes (additive to 5.1, issue #11): n is BigInteger, s is Int16.
            typeSuffix = Character.toLowerCase(text.charAt(i));
            i++;
        }
        long multiplier = 1;
        if (i + 1 < text.length()) {
            String m = text.substring(i, i + 2).toLowerCase(Locale.ROOT);
            long mult = switch (m) {
                case "kb" -> 1024L;
                case "mb" -> 1024L * 1024;
                case "gb" -> 1024L * 1024 * 1024;
                case "tb" -> 1024L * 1024 * 1024 * 1024;
                case "pb" -> 1024L * 1024 * 1024 * 1024 * 1024;
                default -> 1;
            };
            if (mult != 1) {
                multiplier = mult;
                i += 2;
            }
        }
        // A number must end at a token boundary; otherwise in command mode it is a generic word.
        if (i < text.length()) {
            char end = text.charAt(i);
            boolean boundary = mode == Mode.COMMAND
                    ? Character.isWhitespace(end) || "(){};,|&".indexOf(end) >= 0
                    : Character.isWhitespace(end) || "(){}[];,|&+-*/%=<>!.:?".indexOf(end) >= 0 || end == '`';
            if (!boundary) {
                if (mode == Mode.COMMAND) {
                    return null;
                }
                throw error("UnexpectedToken",
                        "Unexpected token '" + text.substring(start, i + 1) + "' in expression or statement.", start, false);
            }
        }
        int before = pos;
        pos = i;
        Object value;
        try {
            value = numberValue(digits.toString(), hex, real, typeSuffix, multiplier, start);
        } catch (ParseException e) {
            // tokenizer.cs ScanNumber: a number whose value cannot be had is a bare word in command mode
            // (Get-Random 0x07FFFFFFFFFFFFFFFF passes the text); only an expression reports it.
            if (mode == Mode.COMMAND) {
                pos = before;
                return null;
            }
            throw e;
        }
        return token(TokenKind.NUMBER, start, value, space);
    }

    /**
     * A command-mode word that starts like a number but has a '?' in it ({@code 1?2:3}, {@code 1?}):
     * '?' does not end a number at the start of a pipeline (tokenizer.cs ScanNumber without
     * endNumberOnTernaryOpChars), so the word is a generic token, a command name.
     */
    public static boolean isNumberWordWithQuestionMark(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0)) && word.indexOf('?') > 0;
    }

    private boolean isMultiplierAt(int i) {
        return i + 1 < text.length() && "kmgtp".indexOf(Character.toLowerCase(text.charAt(i))) >= 0
                && Character.toLowerCase(text.charAt(i + 1)) == 'b';
    }

    /**
     * A '.' after digits is a decimal point unless it starts the range operator ("1..3"); the
     * tokenizer's ScanNumberHelper also takes "20." as the real 20. A letter after the dot is left to
     * member access ("3.ToString()").
     */
    private boolean decimalPointAt(int i) {
        if (i + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(i + 1);
        return Character.isDigit(next) || (next != '.' && !Character.isLetter(next) && next != '_' && next != '$');
    }

    private Object numberValue(String digits, boolean hex, boolean real, char suffix, long multiplier, int at) {
        if (suffix == 'n' || suffix == 's') {
            BigInteger v = new BigInteger(digits, hex ? 16 : 10).multiply(BigInteger.valueOf(multiplier));
            if (suffix == 'n') {
                return v;
            }
            if (v.bitLength() > 15) {
                throw error("BadNumericConstant", "The numeric constant " + text.substring(at, pos) + " is not valid.",
                        at, false);
            }
            return v.shortValue();
        }
        if (suffix == 'd') {
            return new BigDecimal(hex ? new BigInteger(digits, 16).toString() : digits).multiply(BigDecimal.valueOf(multiplier));
        }
        if (hex) {
            BigInteger v = new BigInteger(digits, 16);
            if (v.bitLength() > 64) {
                // tokenizer.cs: a hex literal must fit in 64 bits (0xFFFFFFFFFFFFFFFF is -1); the error spans the literal.
                throw new ParseException("BadNumericConstant", "The numeric constant " + text.substring(at, pos)
                        + " is not valid.", positionAt(at), at, pos, false, true);
            }
            if (suffix == 'l' || v.bitLength() > 32) {
                return v.longValue() * multiplier;
            }
            int asInt = (int) v.longValue();
            return multiply(asInt, multiplier);
        }
        if (real) {
            double d = Double.parseDouble(digits) * multiplier;
            if (suffix == 'l') {
                return Math.round(d);
            }
            return d;
        }
        BigInteger v = new BigInteger(digits).multiply(BigInteger.valueOf(multiplier));
        if (suffix == 'l') {
            if (v.bitLength() > 63) {
                throw error("BadNumericConstant", "The numeric constant " + digits + " is not valid.", at, false);
            }
            return v.longValue();
        }
        if (v.bitLength() <= 31) {
            return v.intValue();
        }
        if (v.bitLength() <= 63) {
            return v.longValue();
        }
        return new BigDecimal(v).doubleValue();
    }

    private static Object multiply(int v, long multiplier) {
        long r = v * multiplier;
        return r == (int) r ? (Object) (int) r : (Object) r;
    }

    private Token generic(int start, boolean space) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || "(){};,|&".indexOf(c) >= 0) {
                break;
            }
            if (c == '`' && pos + 1 < text.length()) {
                int unicodeEnd = UnicodeEscape.end(text, pos);
                pos = unicodeEnd > 0 ? unicodeEnd : pos + 2;
                continue;
            }
            if (isDoubleQuote(c) || isSingleQuote(c)) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            pos++;
        }
        String raw = text.substring(start, pos);
        return token(TokenKind.GENERIC, start, unescapeBareWord(raw), space);
    }

    private static String unescapeBareWord(String raw) {
        if (raw.indexOf('`') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int unicodeEnd = c == '`' ? UnicodeEscape.end(raw, i) : -1;
            if (unicodeEnd > 0) {
                UnicodeEscape.append(raw, i, unicodeEnd, sb);
                i = unicodeEnd - 1;
            } else if (c == '`' && i + 1 < raw.length()) {
                sb.append(raw.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String[] OPERATORS = {
            "::", "..", "++", "--", "+=", "-=", "*=", "/=", "%=", "&&", "||", "$(",
            "+", "-", "*", "/", "%", "=", "!", ",", ".", "(", ")", "{", "}", "[", "]", "|", "&", "<", ":"};

    private Token operator(int start, boolean space) {
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return token(TokenKind.OPERATOR, start, null, space);
            }
        }
        char c = text.charAt(pos);
        if (isDash(c)) {
            pos++;
            return new Token(TokenKind.OPERATOR, "-", null, positionAt(start), start, pos, space);
        }
        pos++;
        return token(TokenKind.GENERIC, start, String.valueOf(c), space);
    }

    /**
     * Reads a type name right after '[': {@code System.Collections.Generic.List[string]},
     * {@code string[]}, {@code Dictionary[[String],[String]]}. Returns the raw text up to, not
     * including, the closing ']' of the type literal, or null if what follows is not a type name.
     */
    public String scanTypeNameText() {
        skipTrivia();
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == '(' && depth == 0) {
                break;
            } else if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == ',' || c == ' ' || c == '`'
                    || c == '+')) {
                pos = start;
                return null;
            }
            pos++;
        }
        if (pos >= text.length() || pos == start) {
            pos = start;
            return null;
        }
        return text.substring(start, pos).trim();
    }
}

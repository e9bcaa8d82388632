package io.openecma.ingress.scim.filter;

import io.openecma.ingress.scim.ScimException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser for the RFC 7644 filter grammar (precedence: not, and, or) and for PATCH
 * paths. Besides the RFC it accepts Entra's {@code emails[type eq "work"].value eq "x"} (a value path
 * followed by a sub-attribute comparison). Every failure is a 400 {@code invalidFilter} (filters) or
 * {@code invalidPath} (paths) naming the position.
 */
public final class FilterParser {

    /** Longer filters are refused before parsing (Entra's are short). */
    public static final int MAX_LENGTH = 4096;
    private static final int MAX_DEPTH = 50;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private enum Kind { WORD, STRING, LPAREN, RPAREN, LBRACK, RBRACK, END }

    private record Token(Kind kind, String text, int pos) {
    }

    private final String input;
    private final List<Token> tokens;
    private final boolean pathMode;
    private int index;
    private int depth;

    private FilterParser(String input, boolean pathMode) {
        this.input = input;
        this.pathMode = pathMode;
        this.tokens = tokenize();
    }

    public static Filter parseFilter(String filter) {
        if (filter == null || filter.isBlank()) {
            throw ScimException.invalidFilter("the filter is empty");
        }
        if (filter.length() > MAX_LENGTH) {
            throw ScimException.invalidFilter("the filter is longer than " + MAX_LENGTH + " characters");
        }
        FilterParser parser = new FilterParser(filter, false);
        Filter result = parser.parseOr(false);
        parser.expect(Kind.END, "end of filter");
        return result;
    }

    public static PatchPath parsePath(String path) {
        if (path == null || path.isBlank()) {
            throw ScimException.invalidPath("the path is empty");
        }
        if (path.length() > MAX_LENGTH) {
            throw ScimException.invalidPath("the path is longer than " + MAX_LENGTH + " characters");
        }
        FilterParser parser = new FilterParser(path, true);
        Token first = parser.expect(Kind.WORD, "an attribute name");
        AttrPath attr = parser.attrPath(first);
        Filter valueFilter = null;
        String elementSub = null;
        if (parser.peek().kind == Kind.LBRACK) {
            if (attr.sub() != null) {
                throw parser.error("a value filter cannot follow a sub-attribute", first.pos);
            }
            parser.index++;
            valueFilter = parser.parseOr(true);
            parser.expect(Kind.RBRACK, "']'");
            if (parser.peek().kind == Kind.WORD && parser.peek().text.startsWith(".")) {
                elementSub = parser.subAttribute(parser.next());
            }
        }
        parser.expect(Kind.END, "end of path");
        return new PatchPath(attr, valueFilter, elementSub);
    }

    private Filter parseOr(boolean inValuePath) {
        Filter left = parseAnd(inValuePath);
        while (isKeyword(peek(), "or")) {
            index++;
            left = new Filter.Or(left, parseAnd(inValuePath));
        }
        return left;
    }

    private Filter parseAnd(boolean inValuePath) {
        Filter left = parseUnary(inValuePath);
        while (isKeyword(peek(), "and")) {
            index++;
            left = new Filter.And(left, parseUnary(inValuePath));
        }
        return left;
    }

    private Filter parseUnary(boolean inValuePath) {
        if (++depth > MAX_DEPTH) {
            throw error("the filter nests deeper than " + MAX_DEPTH + " levels", peek().pos);
        }
        try {
            Token token = peek();
            if (isKeyword(token, "not") && tokens.get(index + 1).kind == Kind.LPAREN) {
                index++;
                return new Filter.Not(parenthesised(inValuePath));
            }
            if (token.kind == Kind.LPAREN) {
                return parenthesised(inValuePath);
            }
            return attributeExpression(inValuePath);
        } finally {
            depth--;
        }
    }

    private Filter parenthesised(boolean inValuePath) {
        expect(Kind.LPAREN, "'('");
        Filter inner = parseOr(inValuePath);
        expect(Kind.RPAREN, "')'");
        return inner;
    }

    private Filter attributeExpression(boolean inValuePath) {
        Token nameToken = expect(Kind.WORD, "an attribute name");
        AttrPath path = attrPath(nameToken);
        if (peek().kind == Kind.LBRACK) {
            if (inValuePath) {
                throw error("value filters cannot be nested", peek().pos);
            }
            if (path.sub() != null) {
                throw error("a value filter cannot follow a sub-attribute", peek().pos);
            }
            index++;
            Filter inner = parseOr(true);
            expect(Kind.RBRACK, "']'");
            if (peek().kind == Kind.WORD && peek().text.startsWith(".")) {
                String sub = subAttribute(next());
                inner = new Filter.And(inner, comparison(new AttrPath(null, sub, null)));
            }
            return new Filter.ValuePath(path, inner);
        }
        return comparison(path);
    }

    private Filter comparison(AttrPath path) {
        Token opToken = expect(Kind.WORD, "an operator (eq ne co sw ew gt ge lt le pr)");
        if (opToken.text.equalsIgnoreCase("pr")) {
            return new Filter.Present(path);
        }
        CompareOp op = CompareOp.fromWord(opToken.text);
        if (op == null) {
            throw error("'" + opToken.text + "' is not a filter operator", opToken.pos);
        }
        return new Filter.Compare(path, op, literal(next()));
    }

    private Object literal(Token token) {
        if (token.kind == Kind.STRING) {
            return token.text;
        }
        if (token.kind == Kind.WORD) {
            String text = token.text;
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            if (text.equals("null")) {
                return null;
            }
            if (NUMBER.matcher(text).matches()) {
                try {
                    return text.contains(".") || text.contains("e") || text.contains("E")
                            ? (Object) Double.valueOf(text) : (Object) Long.valueOf(text);
                } catch (NumberFormatException e) {
                    throw error("the number " + text + " is out of range", token.pos);
                }
            }
            // Lenient, beyond RFC 7644: an unquoted word in value position (userName sw O,
            // meta.created gt 2015-10-10T14:38:21Z, emails.value co example.com) can only be read as
            // that string, and clients such as Microsoft's SCIM test collection send them. The
            // logical keywords stay refused: "a eq and" reads as a mistake, not as the string "and".
            if (!isLogical(text)) {
                return text;
            }
        }
        throw error("expected a value (a quoted string, number, true, false, null or a single unquoted word)",
                token.pos);
    }

    private AttrPath attrPath(Token token) {
        try {
            return AttrPath.parse(token.text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), token.pos);
        }
    }

    private String subAttribute(Token token) {
        String sub = token.text.substring(1);
        try {
            AttrPath parsed = AttrPath.parse(sub);
            if (parsed.urn() != null || parsed.sub() != null) {
                throw new IllegalArgumentException("'" + sub + "' is not a sub-attribute name");
            }
            return parsed.name();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), token.pos);
        }
    }

    private static boolean isLogical(String word) {
        return word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or") || word.equalsIgnoreCase("not");
    }

    private static boolean isKeyword(Token token, String keyword) {
        return token.kind == Kind.WORD && token.text.equalsIgnoreCase(keyword);
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token token = tokens.get(index);
        if (token.kind != Kind.END) {
            index++;
        }
        return token;
    }

    private Token expect(Kind kind, String what) {
        Token token = peek();
        if (token.kind != kind) {
            throw error("expected " + what + " but found " + describe(token), token.pos);
        }
        return next();
    }

    private static String describe(Token token) {
        return switch (token.kind) {
            case END -> "the end";
            case STRING -> "the string \"" + token.text + "\"";
            default -> "'" + token.text + "'";
        };
    }

    private ScimException error(String message, int pos) {
        String detail = message + " (at position " + (pos + 1) + " of " + (pathMode ? "path" : "filter") + " '"
                + input + "')";
        return pathMode ? ScimException.invalidPath(detail) : ScimException.invalidFilter(detail);
    }

    private List<Token> tokenize() {
        List<Token> list = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == '[' || c == ']') {
                Kind kind = c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : c == '[' ? Kind.LBRACK : Kind.RBRACK;
                list.add(new Token(kind, String.valueOf(c), i));
                i++;
            } else if (c == '"') {
                i = readString(list, i);
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(input.charAt(i)) && "()[]\"".indexOf(input.charAt(i)) < 0) {
                    i++;
                }
                list.add(new Token(Kind.WORD, input.substring(start, i), start));
            }
        }
        list.add(new Token(Kind.END, "", n));
        list.add(new Token(Kind.END, "", n));
        return list;
    }

    /** Reads a JSON string literal starting at {@code start} (the quote); returns the index after it. */
    private int readString(List<Token> list, int start) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (c == '"') {
                // an escape (backslash, u, four hex digits) can make a NUL or a lone surrogate: nothing stored matches it
                String problem = io.openecma.ingress.scim.UnicodeText.problem(value);
                if (problem != null) {
                    throw error("the string contains " + problem, start);
                }
                list.add(new Token(Kind.STRING, value.toString(), start));
                return i + 1;
            }
            if (c == '\\') {
                if (i + 1 >= input.length()) {
                    break;
                }
                char e = input.charAt(i + 1);
                switch (e) {
                    case '"', '\\', '/' -> value.append(e);
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        if (i + 6 > input.length()) {
                            throw error("incomplete \\u escape", i);
                        }
                        try {
                            value.append((char) Integer.parseInt(input.substring(i + 2, i + 6), 16));
                        } catch (NumberFormatException ex) {
                            throw error("invalid \\u escape", i);
                        }
                        i += 4;
                    }
                    default -> throw error("invalid escape \\" + e, i);
                }
                i += 2;
            } else {
                value.append(c);
                i++;
            }
        }
        throw error("unterminated string", start);
    }
}

package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Position;
import io.openecma.powershell.lexer.Lexer;
import io.openecma.powershell.lexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a double-quoted string into literal text and expansions: {@code $name},
 * {@code $scope:name}, {@code ${name}} and {@code $( ... )}. A member access such as
 * {@code $x.Name} is not expanded (only {@code $x} is), as in PowerShell.
 */
final class ExpandableStrings {

    private ExpandableStrings() {
    }

    /** Whether a bare word holds an unescaped {@code $name} or {@code ${name}}. */
    static boolean hasVariable(String raw) {
        for (int i = 0; i + 1 < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '`') {
                i++;
            } else if (c == '$' && (raw.charAt(i + 1) == '{' || isVariableStart(raw.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    static Expression parse(Token token, Lexer lexer) {
        boolean here = token.value() instanceof Lexer.HereString;
        String raw = token.value().toString();
        int contentStart = here ? lexer.text().indexOf('\n', token.start()) + 1 : token.start() + 1;
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '`' && i + 1 < raw.length()) {
                literal.append(escape(raw.charAt(i + 1)));
                i += 2;
            } else if (!here && (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') && i + 1 < raw.length()
                    && isDoubleQuote(raw.charAt(i + 1))) {
                literal.append(c);
                i += 2;
            } else if (c == '$' && i + 1 < raw.length()) {
                char n = raw.charAt(i + 1);
                Position at = lexer.positionAt(contentStart + i);
                if (n == '(') {
                    int end = new Lexer(token.position().file(), raw).matchingClose(i + 2);
                    flush(literal, parts);
                    String inner = raw.substring(i + 2, end - 1);
                    Position innerAt = lexer.positionAt(contentStart + i + 2);
                    parts.add(new Expression.SubExpression(Parser.parseFragment(innerAt.file(), inner, innerAt), at));
                    i = end;
                } else if (n == '{') {
                    int close = raw.indexOf('}', i + 2);
                    if (close < 0) {
                        throw new ParseException("Missing closing '}' in variable name.", at);
                    }
                    flush(literal, parts);
                    parts.add(Parser.variable(raw.substring(i + 2, close), at));
                    i = close + 1;
                } else if (n == '$' || n == '?' || n == '^') {
                    // $$, $? and $^ are single-character names (tokenizer.cs ScanVariable): "$?" is True/False.
                    flush(literal, parts);
                    parts.add(Parser.variable(String.valueOf(n), at));
                    i += 2;
                } else if (isVariableStart(n)) {
                    int j = i + 1;
                    while (j < raw.length() && isVarChar(raw.charAt(j))) {
                        j++;
                    }
                    if (j < raw.length() - 1 && raw.charAt(j) == ':' && isVarChar(raw.charAt(j + 1))
                            && isScope(raw.substring(i + 1, j))) {
                        j++;
                        while (j < raw.length() && isVarChar(raw.charAt(j))) {
                            j++;
                        }
                    }
                    if (j < raw.length() && raw.charAt(j) == ':' && (j + 1 == raw.length()
                            || !isVarChar(raw.charAt(j + 1)) && raw.charAt(j + 1) != ':')) {
                        // tokenizer.cs ScanVariable: "$name:" with no name after the ':' ("$drive:\x").
                        int from = contentStart + i;
                        throw new ParseException("InvalidVariableReferenceWithDrive", "Variable reference is not valid. ':' was "
                                + "not followed by a valid variable name character. Consider using ${} to delimit the name.",
                                lexer.positionAt(from), from, contentStart + j + 1, false, false);
                    }
                    flush(literal, parts);
                    parts.add(Parser.variable(raw.substring(i + 1, j), at));
                    i = j;
                } else {
                    literal.append(c);
                    i++;
                }
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, parts);
        return new Expression.ExpandableString(parts, token.position());
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    private static boolean isVariableStart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Name characters after the first: letters, digits, '_' and '?' ("$a?" names the variable "a?"). */
    private static boolean isVarChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '?';
    }

    private static boolean isScope(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "global", "script", "local", "private", "env", "variable", "using" -> true;
            default -> false;
        };
    }

    private static void flush(StringBuilder literal, List<Object> parts) {
        if (literal.length() > 0) {
            parts.add(literal.toString());
            literal.setLength(0);
        }
    }

    /** Backtick escapes of Windows PowerShell 5.1. */
    static char escape(char c) {
        return switch (c) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000B';
            default -> c;
        };
    }
}

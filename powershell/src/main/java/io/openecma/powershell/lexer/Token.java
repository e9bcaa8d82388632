package io.openecma.powershell.lexer;

import io.openecma.powershell.ast.Position;

/**
 * One token. {@code start}/{@code end} are offsets into the script text; {@code spaceBefore}
 * tells whether whitespace separated it from the previous token (member access and indexing
 * need adjacency).
 */
public record Token(TokenKind kind, String text, Object value, Position position, int start, int end,
                    boolean spaceBefore) {

    public boolean is(TokenKind k) {
        return kind == k;
    }

    public boolean isOperator(String op) {
        return kind == TokenKind.OPERATOR && text.equalsIgnoreCase(op);
    }

    /** A word (identifier or generic) equal to the given keyword, case-insensitively. */
    public boolean isWord(String word) {
        return (kind == TokenKind.IDENTIFIER || kind == TokenKind.GENERIC) && text.equalsIgnoreCase(word);
    }

    public String stringValue() {
        return value == null ? text : value.toString();
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.lexer.Lexer;
import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;
import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.types.language.ScriptExtent;

/**
 * The recovering parser's view of the engine's lexer: peek/next in a tokenizer mode, rewind, and
 * extents over the script text. A token the lexer cannot read ends the input, so the tree keeps
 * what was parsed before it.
 */
final class AstTokens {

    private final String text;
    private final Lexer lexer;
    private int offset;
    private Token cached;
    private Mode cachedMode;
    private final java.util.TreeMap<Integer, Token> consumed = new java.util.TreeMap<>();

    AstTokens(String text) {
        this.text = text;
        this.lexer = new Lexer(null, text);
    }

    String text() {
        return text;
    }

    int offset() {
        return offset;
    }

    Token peek(Mode mode) {
        if (cached != null && cachedMode == mode) {
            return cached;
        }
        try {
            lexer.reset(offset);
            cached = lexer.next(mode);
        } catch (ParseException | IndexOutOfBoundsException e) {
            cached = new Token(TokenKind.EOF, "", null, lexer.positionAt(text.length()), text.length(), text.length(), true);
        }
        cachedMode = mode;
        return cached;
    }

    Token next(Mode mode) {
        Token t = peek(mode);
        offset = t.end();
        cached = null;
        consumed.put(t.start(), t);
        return t;
    }

    void rewind(int to) {
        offset = to;
        cached = null;
        consumed.tailMap(to, true).clear();
    }

    /** The tokens the parse took, in text order, as read last (a rewind drops what it goes back over). */
    java.util.List<Token> consumed() {
        return new java.util.ArrayList<>(consumed.values());
    }

    /** The type name text after a '[' just read (Lexer.scanTypeNameText), or null when none is there. */
    String scanTypeName() {
        lexer.reset(offset);
        String name = lexer.scanTypeNameText();
        if (name != null) {
            offset = lexer.offset();
        }
        cached = null;
        return name;
    }

    void skipNewlines() {
        while (peek(Mode.EXPRESSION).is(TokenKind.NEWLINE)) {
            next(Mode.EXPRESSION);
        }
    }

    void skipNewlinesAndSemicolons() {
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (!t.is(TokenKind.NEWLINE) && !t.is(TokenKind.SEMICOLON)) {
                return;
            }
            next(Mode.EXPRESSION);
        }
    }

    ScriptExtent extent(int start, int end) {
        return ScriptExtent.between(text, start, Math.max(start, end), null);
    }

    ScriptExtent extent(Token t) {
        return extent(t.start(), t.end());
    }

    ScriptExtent extent(Token first, Ast last) {
        return extent(first.start(), last.getExtent().getEndOffset());
    }

    ScriptExtent extent(Ast first, Ast last) {
        return extent(first.getExtent().getStartOffset(), last.getExtent().getEndOffset());
    }

    ScriptExtent extent(Token first, Token last) {
        return extent(first.start(), last.end());
    }

    /** A word in the given mode equal to one of the keywords, case-insensitively. */
    static boolean isKeyword(Token t, String... words) {
        if (!t.is(TokenKind.GENERIC) && !t.is(TokenKind.IDENTIFIER)) {
            return false;
        }
        for (String w : words) {
            if (t.text().equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }
}

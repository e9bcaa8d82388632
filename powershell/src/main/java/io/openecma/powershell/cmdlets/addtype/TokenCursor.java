package io.openecma.powershell.cmdlets.addtype;

import java.util.List;

/** A position in a token list with the look-ahead and expectation helpers both parsers share. */
final class TokenCursor {

    private final List<CSharpToken> tokens;
    private int pos;
    private final int end;

    TokenCursor(List<CSharpToken> tokens, int start, int end) {
        this.tokens = tokens;
        this.pos = start;
        this.end = end;
    }

    List<CSharpToken> tokens() {
        return tokens;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    boolean atEnd() {
        return pos >= end || tokens.get(pos).kind() == CSharpToken.Kind.END;
    }

    CSharpToken peek() {
        return peek(0);
    }

    CSharpToken peek(int ahead) {
        int i = pos + ahead;
        return i < end ? tokens.get(i) : endToken();
    }

    private CSharpToken endToken() {
        CSharpToken last = tokens.get(Math.min(end, tokens.size()) - 1);
        return new CSharpToken(CSharpToken.Kind.END, "", last.line(), last.column() + last.text().length());
    }

    CSharpToken next() {
        CSharpToken t = peek();
        if (!atEnd()) {
            pos++;
        }
        return t;
    }

    boolean accept(String text) {
        if (peek().is(text)) {
            pos++;
            return true;
        }
        return false;
    }

    CSharpToken expect(String text) {
        CSharpToken t = peek();
        if (!t.is(text)) {
            throw new CSharpCompileError(t, "CS1003", "Syntax error, '" + text + "' expected");
        }
        pos++;
        return t;
    }

    CSharpToken identifier() {
        CSharpToken t = peek();
        if (t.kind() != CSharpToken.Kind.IDENTIFIER) {
            throw new CSharpCompileError(t, "CS1001", "Identifier expected");
        }
        pos++;
        return t;
    }

    /** Skips a balanced group starting at the current opening bracket; returns the index after its closer. */
    int skipBalanced(String open, String close) {
        CSharpToken start = expect(open);
        int depth = 1;
        while (depth > 0) {
            if (atEnd()) {
                throw new CSharpCompileError(start, "CS1513", "'" + close + "' expected");
            }
            CSharpToken t = next();
            if (t.is(open)) {
                depth++;
            } else if (t.is(close)) {
                depth--;
            }
        }
        return pos;
    }
}

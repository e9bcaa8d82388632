package io.openecma.powershell.parser;

import io.openecma.powershell.lexer.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tokens a parse consumed, for PSParser.Tokenize: every token the parser took, the type names it
 * read after '[' (marked as attribute or type names, as Parser.cs flags them) and the comments.
 * The parser backtracks, so a token read again at the same offset replaces the earlier reading.
 */
public final class TokenLog {

    /** One consumed piece of text; {@code token} is null for type names and comments. */
    public record Entry(Token token, int start, int end, String text, Role role) {
    }

    /** What the parser took a piece of text to be, beyond its token kind. */
    public enum Role { TOKEN, TYPE_NAME, ATTRIBUTE_NAME, COMMENT }

    private final TreeMap<Integer, Entry> entries = new TreeMap<>();

    void took(Token t) {
        if (t.end() > t.start() || t.is(io.openecma.powershell.lexer.TokenKind.NEWLINE)) {
            entries.put(t.start(), new Entry(t, t.start(), t.end(), t.text(), Role.TOKEN));
        }
    }

    void typeName(String source, int from, int to, boolean attribute) {
        int start = from;
        while (start < to && Character.isWhitespace(source.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            entries.put(start, new Entry(null, start, end, source.substring(start, end),
                    attribute ? Role.ATTRIBUTE_NAME : Role.TYPE_NAME));
        }
    }

    void comments(String source, Map<Integer, Integer> comments) {
        comments.forEach((start, end) -> entries.put(start, new Entry(null, start, end, source.substring(start, end),
                Role.COMMENT)));
    }

    /** The entries in text order, overlapping readings (a token inside a later, longer one) left out. */
    public List<Entry> entries() {
        List<Entry> result = new ArrayList<>();
        int covered = 0;
        for (Entry e : entries.values()) {
            if (e.start() >= covered) {
                result.add(e);
                covered = Math.max(covered, e.end());
            }
        }
        return result;
    }
}

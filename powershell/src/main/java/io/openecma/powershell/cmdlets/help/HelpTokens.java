package io.openecma.powershell.cmdlets.help;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * The parsed text seen as comment-based help sees it: comments, newlines and everything else
 * (HelpCommentsParser only asks a token whether it is a Comment or a NewLine, and for its lines).
 * The comments come from the lexer; any other run of non-blank text is one "other" token, so a
 * string's inner text is never mistaken for a comment. The list ends with an end-of-input token.
 */
final class HelpTokens {

    enum Kind { COMMENT, NEWLINE, OTHER, END }

    /** start and end are offsets; lines are 1-based (a newline belongs to the line it ends). */
    record Tok(Kind kind, int start, int end, int startLine, int endLine) {
    }

    /** Characters that are tokens of their own (braces, parentheses, separators), so extents end on them. */
    private static final String PUNCTUATION = "{}(),;";

    private HelpTokens() {
    }

    static List<Tok> of(String text, NavigableMap<Integer, Integer> comments) {
        List<Tok> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            Integer commentEnd = comments.get(i);
            if (commentEnd != null) {
                int startLine = line;
                line += newlines(text, i, commentEnd);
                out.add(new Tok(Kind.COMMENT, i, commentEnd, startLine, line));
                i = commentEnd;
            } else if (c == '\r' || c == '\n') {
                int end = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                out.add(new Tok(Kind.NEWLINE, i, end, line, line));
                line++;
                i = end;
            } else if (c == '`' && i + 1 < n && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                i += text.charAt(i + 1) == '\r' && i + 2 < n && text.charAt(i + 2) == '\n' ? 3 : 2;
                line++;
            } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF') {
                i++;
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                out.add(new Tok(Kind.OTHER, i, i + 1, line, line));
                i++;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i)) && !comments.containsKey(i)
                        && PUNCTUATION.indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                out.add(new Tok(Kind.OTHER, start, i, line, line));
            }
        }
        out.add(new Tok(Kind.END, n, n, line, line));
        return out;
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /** First token not before the offset (FirstTokenInExtent). */
    static int firstAtOrAfter(List<Tok> tokens, int offset, int from) {
        int i = Math.max(0, from);
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /** Last token that starts before the offset (LastTokenInExtent for an extent ending there). */
    static int lastBefore(List<Tok> tokens, int offset, int from) {
        int i = Math.max(0, from);
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i - 1;
    }

    static String text(String source, Tok t) {
        return source.substring(t.start(), t.end());
    }
}

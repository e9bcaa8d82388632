package io.openecma.powershell.ast;

import java.util.NavigableMap;

/**
 * Where a script, function or script block stands in the text it was parsed from, so that its
 * comment-based help can be found later (HelpCommentsParser.GetHelpCommentTokens works on the
 * tokens of the whole parsed text): the text, its comments (start offset to end offset), the
 * offset of the {@code function} keyword (-1 when there is none) and of the body's braces (for a
 * script: 0 and the text's length).
 */
public record HelpSite(Kind kind, String source, NavigableMap<Integer, Integer> comments, int keywordStart,
                       int bodyOpen, int bodyClose) {

    public enum Kind { SCRIPT, FUNCTION, SCRIPT_BLOCK }

    /** Cheap on purpose: bodies are compared and hashed, the source text and comments by identity. */
    @Override
    public boolean equals(Object o) {
        return o instanceof HelpSite h && h.kind == kind && h.source == source && h.keywordStart == keywordStart
                && h.bodyOpen == bodyOpen && h.bodyClose == bodyClose;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, keywordStart, bodyOpen, bodyClose);
    }
}

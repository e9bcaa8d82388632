package io.openecma.powershell.types.language;

/**
 * System.Management.Automation.PSToken: a token of PSParser.Tokenize, or the extent of a parse error
 * (type Position). Content is a string's value, a variable's path, else the token's text (PSToken.cs).
 */
public final class PSToken {

    private final PSTokenType type;
    private final String content;
    private final ScriptExtent extent;

    PSToken(PSTokenType type, String content, ScriptExtent extent) {
        this.type = type;
        this.content = content;
        this.extent = extent;
    }

    public PSTokenType getType() {
        return type;
    }

    public String getContent() {
        return content;
    }

    public int getStart() {
        return extent.getStartOffset();
    }

    public int getLength() {
        return extent.getEndOffset() - extent.getStartOffset();
    }

    public int getStartLine() {
        return extent.getStartLineNumber();
    }

    public int getStartColumn() {
        return extent.getStartColumnNumber();
    }

    public int getEndLine() {
        return extent.getEndLineNumber();
    }

    public int getEndColumn() {
        return extent.getEndColumnNumber();
    }
}

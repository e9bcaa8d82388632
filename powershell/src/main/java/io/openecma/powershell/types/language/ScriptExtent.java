package io.openecma.powershell.types.language;

/**
 * System.Management.Automation.Language.IScriptExtent for a parse error: the offending token's
 * extent, or an empty one where Parser.cs reports "after" something.
 */
public final class ScriptExtent {

    private final ScriptPosition start;
    private final ScriptPosition end;
    private final String file;

    private ScriptExtent(ScriptPosition start, ScriptPosition end, String file) {
        this.start = start;
        this.end = end;
        this.file = file;
    }

    public static ScriptExtent between(String text, int start, int end, String file) {
        return new ScriptExtent(ScriptPosition.at(text, start, file), ScriptPosition.at(text, end, file), file);
    }

    static ScriptExtent of(String text, String file) {
        return new ScriptExtent(ScriptPosition.at(text, 0, file), ScriptPosition.at(text, text.length(), file), file);
    }

    public String getFile() {
        return file;
    }

    public ScriptPosition getStartScriptPosition() {
        return start;
    }

    public ScriptPosition getEndScriptPosition() {
        return end;
    }

    public int getStartLineNumber() {
        return start.getLineNumber();
    }

    public int getStartColumnNumber() {
        return start.getColumnNumber();
    }

    public int getEndLineNumber() {
        return end.getLineNumber();
    }

    public int getEndColumnNumber() {
        return end.getColumnNumber();
    }

    public int getStartOffset() {
        return start.getOffset();
    }

    public int getEndOffset() {
        return end.getOffset();
    }

    public String getText() {
        return start.text(end);
    }

    @Override
    public String toString() {
        return getText();
    }
}

package io.openecma.powershell.types.language;

/** System.Management.Automation.Language.IScriptPosition: offset, 1-based line and column, the line's text. */
public final class ScriptPosition {

    private final String script;
    private final int offset;
    private final int line;
    private final int column;
    private final String file;

    private ScriptPosition(String script, int offset, int line, int column, String file) {
        this.script = script;
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.file = file;
    }

    static ScriptPosition at(String script, int offset, String file) {
        int clamped = Math.max(0, Math.min(offset, script.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < clamped; i++) {
            if (script.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ScriptPosition(script, clamped, line, clamped - lineStart + 1, file);
    }

    public int getOffset() {
        return offset;
    }

    public int getLineNumber() {
        return line;
    }

    public int getColumnNumber() {
        return column;
    }

    public String getFile() {
        return file;
    }

    /** The whole line this position is on, without its line break. */
    public String getLine() {
        int start = script.lastIndexOf('\n', offset - 1) + 1;
        int end = script.indexOf('\n', offset);
        String line = script.substring(start, end < 0 ? script.length() : end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    String text(ScriptPosition end) {
        return script.substring(offset, end.offset);
    }
}

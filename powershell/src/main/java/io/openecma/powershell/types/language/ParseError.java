package io.openecma.powershell.types.language;

import io.openecma.powershell.parser.ParseException;

/** System.Management.Automation.Language.ParseError: what scripts read from ParseInput's errors. */
public final class ParseError {

    private final ScriptExtent extent;
    private final String errorId;
    private final String message;
    private final boolean incompleteInput;

    ParseError(ParseException e, String text) {
        int start = e.offset() < 0 ? offsetOf(text, e) : e.offset();
        this.extent = ScriptExtent.between(text, start, Math.max(start, e.endOffset()), e.position().file());
        this.errorId = e.errorId();
        this.message = e.getMessage();
        this.incompleteInput = e.incompleteInput();
    }

    /**
     * Where an error without a token offset starts: the semantic checks (SemanticChecks.cs) report at
     * the start of the offending AST node, which the engine's error knows as a line and column.
     */
    private static int offsetOf(String text, ParseException e) {
        if (e.position() == null || e.position().line() < 1) {
            return 0;
        }
        int offset = 0;
        for (int line = 1; line < e.position().line(); line++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                return text.length();
            }
            offset = newline + 1;
        }
        return Math.min(text.length(), offset + Math.max(0, e.position().column() - 1));
    }

    public ScriptExtent getExtent() {
        return extent;
    }

    public String getErrorId() {
        return errorId;
    }

    public String getMessage() {
        return message;
    }

    public boolean getIncompleteInput() {
        return incompleteInput;
    }

    @Override
    public String toString() {
        return PositionMessage.of(extent) + io.openecma.powershell.types.facades.EnvironmentStatics.getNewLine() + message;
    }
}

package io.openecma.powershell.types.language;

import io.openecma.powershell.parser.ParseException;

/** System.Management.Automation.Language.ParseError: what scripts read from ParseInput's errors. */
public final class ParseError {

    private final ScriptExtent extent;
    private final String errorId;
    private final String message;
    private final boolean incompleteInput;

    ParseError(ParseException e, String text) {
        int start = e.offset() < 0 ? 0 : e.offset();
        this.extent = ScriptExtent.between(text, start, Math.max(start, e.endOffset()), e.position().file());
        this.errorId = e.errorId();
        this.message = e.getMessage();
        this.incompleteInput = e.incompleteInput();
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
        return "At line:" + extent.getStartLineNumber() + " char:" + extent.getStartColumnNumber() + System.lineSeparator()
                + message;
    }
}

package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Position;

/**
 * A syntax error with the file, line and column it was found at, and PowerShell's ErrorId for it
 * (the resource names of ParserStrings.resx, e.g. {@code MissingEndParenthesisInExpression}).
 * The engine stops at the first error; 5.1's ParseException carries every error it recovered
 * past, and takes its own ErrorId from the first (ParserException.cs).
 */
public class ParseException extends RuntimeException {

    /** The ErrorId of an error the engine has no finer ParserStrings name for. */
    public static final String GENERIC_ID = "ParserError";

    private final String errorId;
    private final Position position;
    private final int offset;
    private final boolean incompleteInput;

    public ParseException(String message, Position position) {
        this(GENERIC_ID, message, position, -1, false);
    }

    public ParseException(String errorId, String message, Position position, int offset, boolean incompleteInput) {
        super(message);
        this.errorId = errorId;
        this.position = position;
        this.offset = offset;
        this.incompleteInput = incompleteInput;
    }

    public Position position() {
        return position;
    }

    public String errorId() {
        return errorId;
    }

    /** Offset of the error in the parsed text, or -1 when not known. */
    public int offset() {
        return offset;
    }

    /** True when more input could complete the script (an unclosed brace, string or parenthesis). */
    public boolean incompleteInput() {
        return incompleteInput;
    }

    public String describe() {
        return position + ": " + getMessage();
    }
}

package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Position;

import java.util.List;

/**
 * A syntax error with the file, line and column it was found at, and PowerShell's ErrorId for it
 * (the resource names of ParserStrings.resx, e.g. {@code MissingEndParenthesisInExpression}).
 * Like 5.1's ParseException, the one a parse throws carries every error the parser recovered past
 * ({@link #errors()}) and takes its own ErrorId, message and position from the first (ParserException.cs).
 */
public class ParseException extends RuntimeException {

    /** The ErrorId of an error the engine has no finer ParserStrings name for. */
    public static final String GENERIC_ID = "ParserError";

    private final String errorId;
    private final Position position;
    private final int offset;
    private final int endOffset;
    private final boolean incompleteInput;
    private final boolean fromTokenizer;
    private final List<ParseException> errors;

    public ParseException(String message, Position position) {
        this(GENERIC_ID, message, position, -1, false);
    }

    public ParseException(String errorId, String message, Position position, int offset, boolean incompleteInput) {
        this(errorId, message, position, offset, offset, incompleteInput, false);
    }

    /** An error whose extent runs from {@code offset} to {@code endOffset} (a token's, or empty for "after x"). */
    public ParseException(String errorId, String message, Position position, int offset, int endOffset,
            boolean incompleteInput, boolean fromTokenizer) {
        super(message);
        this.errorId = errorId;
        this.position = position;
        this.offset = offset;
        this.endOffset = Math.max(offset, endOffset);
        this.incompleteInput = incompleteInput;
        this.fromTokenizer = fromTokenizer;
        this.errors = null;
    }

    /** The exception a parse with errors throws: the first error's id, text and place, and the whole list. */
    private ParseException(ParseException first, List<ParseException> all) {
        super(first.getMessage());
        this.errorId = first.errorId;
        this.position = first.position;
        this.offset = first.offset;
        this.endOffset = first.endOffset;
        this.incompleteInput = first.incompleteInput;
        this.fromTokenizer = first.fromTokenizer;
        this.errors = List.copyOf(all);
    }

    static ParseException of(List<ParseException> all) {
        return new ParseException(all.get(0), all);
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

    /** Offset where the error's extent ends (equal to {@link #offset()} for an empty extent). */
    public int endOffset() {
        return endOffset;
    }

    /** True when more input could complete the script (an unclosed brace, string or parenthesis). */
    public boolean incompleteInput() {
        return incompleteInput;
    }

    /** True for an error of the tokenizer (an unclosed string or comment): the parser cannot go on past it. */
    public boolean fromTokenizer() {
        return fromTokenizer;
    }

    /** Every error of the parse in the order found; a lone error when thrown outside a whole parse. */
    public List<ParseException> errors() {
        return errors == null ? List.of(this) : errors;
    }

    public String describe() {
        return position + ": " + getMessage();
    }
}

package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Position;

/** A syntax error with the file, line and column it was found at. */
public class ParseException extends RuntimeException {

    private final Position position;

    public ParseException(String message, Position position) {
        super(message);
        this.position = position;
    }

    public Position position() {
        return position;
    }

    @Override
    public String getMessage() {
        return super.getMessage();
    }

    public String describe() {
        return position + ": " + getMessage();
    }
}

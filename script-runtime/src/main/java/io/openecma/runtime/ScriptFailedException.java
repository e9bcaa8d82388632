package io.openecma.runtime;

import io.openecma.schemas.definition.ScriptKind;

/**
 * A connector script failed: it threw, or it returned something its kind may not return. Names
 * the script, the line and column when the engine knows them, and the .NET type of the exception
 * the script threw ({@code Microsoft.MetadirectoryServices.ServerDownException} marks a transient
 * failure).
 */
public class ScriptFailedException extends RuntimeException {

    private final ScriptKind kind;
    private final String scriptName;
    private final int line;
    private final int column;
    private final String exceptionType;

    public ScriptFailedException(ScriptKind kind, String scriptName, String message, int line, int column,
                                 String exceptionType, Throwable cause) {
        super(describe(kind, scriptName, message, line, column), cause);
        this.kind = kind;
        this.scriptName = scriptName;
        this.line = line;
        this.column = column;
        this.exceptionType = exceptionType;
    }

    /** A result of the wrong shape (no line: the script ran to its end). */
    public static ScriptFailedException wrongResult(ScriptKind kind, String scriptName, String message) {
        return new ScriptFailedException(kind, scriptName, message, 0, 0, null, null);
    }

    private static String describe(ScriptKind kind, String scriptName, String message, int line, int column) {
        String where = line > 0 ? scriptName + ":" + line + ":" + column : scriptName;
        return kind.parameterName() + " (" + where + "): " + message;
    }

    public ScriptKind kind() {
        return kind;
    }

    public String scriptName() {
        return scriptName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The .NET exception type the script threw, or null for a wrong result. */
    public String exceptionType() {
        return exceptionType;
    }

    /** The connected system was down ({@code ServerDownException}): retry later rather than fail the work. */
    public boolean isTransient() {
        return exceptionType != null && exceptionType.endsWith(".ServerDownException");
    }
}

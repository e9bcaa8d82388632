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
    private final String sourceFile;

    public ScriptFailedException(ScriptKind kind, String scriptName, String message, int line, int column,
                                 String exceptionType, Throwable cause) {
        this(kind, scriptName, null, message, line, column, exceptionType, cause);
    }

    /**
     * @param sourceFile the file the failing line is in when it is not the script itself (the
     *                   common module, a dot-sourced file); null otherwise
     */
    public ScriptFailedException(ScriptKind kind, String scriptName, String sourceFile, String message, int line,
                                 int column, String exceptionType, Throwable cause) {
        super(describe(kind, scriptName, sourceFile, message, line, column), cause);
        this.sourceFile = sourceFile;
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

    private static String describe(ScriptKind kind, String scriptName, String sourceFile, String message, int line,
                                   int column) {
        String lineFile = sourceFile == null ? scriptName : scriptName + ", " + sourceFile;
        String where = line > 0 ? lineFile + ":" + line + ":" + column : scriptName;
        return kind.parameterName() + " (" + where + "): " + message;
    }

    public ScriptKind kind() {
        return kind;
    }

    public String scriptName() {
        return scriptName;
    }

    /** The file of {@link #line()} when it is not the script itself (e.g. the common module), else null. */
    public String sourceFile() {
        return sourceFile;
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

package io.openecma.powershell;

/**
 * A terminating error that ended a script: the message, where it was raised, the .NET type
 * name of the exception PowerShell would have carried (e.g. {@code System.Management.Automation.RuntimeException})
 * and, where known, its FullyQualifiedErrorId (for a parse error, 5.1's ErrorId of the first error,
 * e.g. {@code MissingEndParenthesisInExpression}); null when not known.
 */
public record ScriptError(String message, String file, int line, int column, String exceptionTypeName,
                          String fullyQualifiedErrorId) {

    public ScriptError(String message, String file, int line, int column, String exceptionTypeName) {
        this(message, file, line, column, exceptionTypeName, null);
    }

    /** The runner's stderr form: {@code file:line:column: message}. */
    public String describe() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}

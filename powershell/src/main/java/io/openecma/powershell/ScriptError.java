package io.openecma.powershell;

/**
 * A terminating error that ended a script: the message, where it was raised and the .NET type
 * name of the exception PowerShell would have carried (e.g. {@code System.Management.Automation.RuntimeException}).
 */
public record ScriptError(String message, String file, int line, int column, String exceptionTypeName) {

    /** The runner's stderr form: {@code file:line:column: message}. */
    public String describe() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}

package io.openecma.powershell.runtime;

/**
 * FullyQualifiedErrorId of a cmdlet's error as 5.1 builds it: the error id, a comma and the
 * cmdlet's .NET class ("VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand").
 * An id that already names its origin (contains a comma) is kept as given.
 */
public final class CmdletErrorIds {
    private CmdletErrorIds() {
    }

    public static String qualify(String errorId, String cmdletName) {
        if (errorId.indexOf(',') >= 0) {
            return errorId;
        }
        return errorId + "," + commandClass(cmdletName);
    }

    /** "Get-Variable" -> "Microsoft.PowerShell.Commands.GetVariableCommand". */
    public static String commandClass(String cmdletName) {
        return "Microsoft.PowerShell.Commands." + cmdletName.replace("-", "") + "Command";
    }
}

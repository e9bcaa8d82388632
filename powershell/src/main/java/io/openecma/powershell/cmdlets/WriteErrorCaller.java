package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.Members;

/**
 * Write-Error's FullyQualifiedErrorId. WriteOrThrowErrorCommand (Write.cs) gives the record the
 * caller's {@code $MyInvocation}, so ErrorRecord.GetInvocationTypeName names the script command
 * that called Write-Error: "<id>,<function>" in a function, "<id>,<file>.ps1" in a script file, and
 * the bare id at a script block's top level (its command has an empty name).
 */
final class WriteErrorCaller {

    private WriteErrorCaller() {
    }

    static String qualify(CommandContext c, String errorId) {
        String caller = callerName(c);
        return caller.isEmpty() || errorId.isEmpty() ? errorId : errorId + "," + caller;
    }

    private static String callerName(CommandContext c) {
        Object invocation = c.variable("MyInvocation");
        if (invocation == null) {
            return "";
        }
        Object command = Members.getProperty(invocation, "MyCommand");
        if (command == null || command == Members.MISSING) {
            return "";
        }
        Object name = Members.getProperty(command, "Name");
        String text = name == null || name == Members.MISSING ? "" : LanguagePrimitives.toStringValue(name);
        // A script block's ScriptInfo has an empty name in 5.1; this engine calls it <ScriptBlock>.
        return text.equals("<ScriptBlock>") ? "" : text;
    }
}

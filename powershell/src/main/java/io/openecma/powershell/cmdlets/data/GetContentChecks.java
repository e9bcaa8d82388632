package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;

/**
 * Get-Content's checks on its parameters, with 5.1's errors: -TotalCount with -Tail is
 * TailAndHeadCannotCoexist (GetContentCommand.ProcessRecord), -Raw with -TotalCount or -Tail
 * is the FileSystem provider's InvalidOperation (NoFirstLastWaitForRaw), and -Tail on a provider
 * other than the FileSystem is TailNotSupported. All are written as non-terminating errors.
 */
final class GetContentChecks {
    private static final String COMMAND = ",Microsoft.PowerShell.Commands.GetContentCommand";

    private GetContentChecks() {
    }

    /** False (with the error written) when the parameters cannot be used together. */
    static boolean parametersAgree(CommandContext ctx) {
        if (ctx.isBound("TotalCount") && ctx.isBound("Tail")) {
            ctx.writeError("System.InvalidOperationException", "The parameters TotalCount and Tail cannot be used "
                    + "together. Please specify only one parameter.", "TailAndHeadCannotCoexist" + COMMAND,
                    "InvalidOperation", null);
            return false;
        }
        if (ctx.switchPresent("Raw")) {
            // -Wait is refused with -Raw too in 5.1; this engine's Get-Content has no -Wait
            for (String other : new String[] {"TotalCount", "Tail"}) {
                if (ctx.isBound(other)) {
                    ctx.writeError("System.Management.Automation.PSInvalidOperationException", "The 'Raw' and '"
                            + other + "' parameters cannot be specified in the same command.", "InvalidOperation"
                            + COMMAND, "InvalidOperation", null);
                    return false;
                }
            }
        }
        return true;
    }

    /** -Tail reads only files: on Env:, Variable: and the like it is TailNotSupported. */
    static boolean tailSupported(CommandContext ctx) {
        if (!ctx.isBound("Tail")) {
            return true;
        }
        ctx.writeError("System.InvalidOperationException", "The Tail parameter currently is supported only for the "
                + "FileSystem provider.", "TailNotSupported" + COMMAND, "InvalidOperation", ctx.parameter("Tail"));
        return false;
    }
}

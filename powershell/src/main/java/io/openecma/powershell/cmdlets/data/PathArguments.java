package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.PathInfo;

/**
 * The -Path/-LiteralPath checks of the provider cmdlets whose path is mandatory in every parameter
 * set: the binder's own errors (ParameterBinderBase.ValidateNullOrEmptyArgument) for a missing,
 * null or empty path, and the FileSystem provider qualifier a path may carry.
 */
final class PathArguments {
    private PathArguments() {
    }

    /** The path itself; null or "" is 5.1's terminating parameter validation error. */
    static String checked(CommandContext ctx, String value, String parameter, String command) {
        if (value == null) {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot bind argument to parameter '" + parameter + "' because it is null.",
                    "ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands." + command,
                    "InvalidData");
        }
        if (value.isEmpty()) {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot bind argument to parameter '" + parameter + "' because it is an empty string.",
                    "ParameterArgumentValidationErrorEmptyStringNotAllowed,Microsoft.PowerShell.Commands." + command,
                    "InvalidData");
        }
        return value;
    }

    /**
     * The -Path or -LiteralPath values, each checked: a missing parameter, $null or $() (no value at
     * all) and an empty string are the binder's errors.
     */
    static java.util.List<String> paths(CommandContext ctx, String parameter, String command) {
        if (!ctx.isBound(parameter)) {
            throw missing(ctx, parameter, command);
        }
        java.util.List<String> values = CmdletArguments.strings(ctx, parameter);
        if (values.isEmpty()) {
            checked(ctx, null, parameter, command);
        }
        values.forEach(v -> checked(ctx, v, parameter, command));
        return values;
    }

    /** No path at all where one is mandatory (non-interactive host: the missing-mandatory error). */
    static PSRuntimeException missing(CommandContext ctx, String parameter, String command) {
        return ctx.terminatingError("System.Management.Automation.ParameterBindingException",
                "Cannot process command because of one or more missing mandatory parameters: " + parameter + ".",
                "MissingMandatoryParameter,Microsoft.PowerShell.Commands." + command, "InvalidArgument");
    }

    /** {@code FileSystem::x} and {@code Microsoft.PowerShell.Core\FileSystem::x} name {@code x}. */
    static String withoutFileSystemProvider(String path) {
        for (String prefix : new String[] {PathInfo.FILE_SYSTEM + "::", "FileSystem::"}) {
            if (path.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return path.substring(prefix.length());
            }
        }
        return path;
    }
}

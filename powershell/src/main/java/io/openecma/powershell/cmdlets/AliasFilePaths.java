package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.Locale;

/** The -Path/-LiteralPath checks Export-Alias and Import-Alias share (5.1's binding errors, provider paths). */
final class AliasFilePaths {
    private AliasFilePaths() {
    }

    /** The bound path; null and empty are the mandatory parameter's binding errors. */
    static String checked(CommandContext c, String parameter, String command) {
        Object v = LanguagePrimitives.base(c.parameter(parameter));
        if (v == null) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingValidationException", "Cannot bind argument to "
                    + "parameter '" + parameter + "' because it is null.", "ParameterArgumentValidationErrorNullNotAllowed", "InvalidData");
        }
        String path = LanguagePrimitives.toStringValue(v);
        if (path.isEmpty()) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingValidationException", "Cannot bind argument to "
                    + "parameter '" + parameter + "' because it is an empty string.", "ParameterArgumentValidationErrorEmptyStringNotAllowed",
                    "InvalidData");
        }
        return path;
    }

    /** The provider's full name when the path is on a drive that is no file system (env:, variable:, alias:, function:). */
    static String providerOf(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.startsWith("env:")) {
            return "Microsoft.PowerShell.Core\\Environment";
        }
        if (p.startsWith("variable:")) {
            return "Microsoft.PowerShell.Core\\Variable";
        }
        if (p.startsWith("alias:")) {
            return "Microsoft.PowerShell.Core\\Alias";
        }
        if (p.startsWith("function:")) {
            return "Microsoft.PowerShell.Core\\Function";
        }
        return null;
    }
}

package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import java.util.Locale;
import java.util.Set;

/**
 * The path errors every provider cmdlet shares (SessionStateStrings): a provider-qualified path
 * ({@code Name::path}) whose provider does not exist is ProviderNotFound, a drive-qualified path
 * whose drive does not exist is DriveNotFound. Both are written as non-terminating errors.
 */
final class ProviderPathErrors {
    /** The providers of this engine, by name and by their PSSnapin-qualified name. */
    private static final Set<String> PROVIDERS = Set.of("filesystem", "environment", "variable", "alias", "function");

    private ProviderPathErrors() {
    }

    /** Writes the error and returns true when the path names an unknown provider or drive. */
    static boolean written(CommandContext ctx, String path, String commandClass) {
        int qualifier = path.indexOf("::");
        if (qualifier > 0) {
            String provider = path.substring(0, qualifier);
            String bare = provider.substring(provider.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
            if (!PROVIDERS.contains(bare)) {
                ctx.writeError("System.Management.Automation.ProviderNotFoundException",
                        "Cannot find a provider with the name '" + provider + "'.",
                        "ProviderNotFound,Microsoft.PowerShell.Commands." + commandClass, "ObjectNotFound", provider);
                return true;
            }
            return false;
        }
        String drive = ProviderDrives.unknownDrive(ctx.fileSystem().mapped(path));
        if (drive != null) {
            ctx.writeError("System.Management.Automation.DriveNotFoundException",
                    "Cannot find drive. A drive with the name '" + drive + "' does not exist.",
                    "DriveNotFound,Microsoft.PowerShell.Commands." + commandClass, "ObjectNotFound", drive);
            return true;
        }
        return false;
    }
}

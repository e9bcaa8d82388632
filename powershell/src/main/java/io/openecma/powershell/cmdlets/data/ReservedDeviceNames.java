package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import java.util.Locale;
import java.util.Set;

/**
 * Windows' reserved device names (CON, NUL, COM1, ...), which Copy-Item, Move-Item and Rename-Item
 * refuse as a target, with or without an extension (PowerShell's Utils.IsReservedDeviceName and
 * FileSystemProvider.PathIsReservedDeviceName; text from FileSystemProviderStrings.resx).
 */
final class ReservedDeviceNames {
    private static final Set<String> NAMES = Set.of("CON", "PRN", "AUX", "CLOCK$", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private ReservedDeviceNames() {
    }

    /** True when the last segment of the path, or that segment without its extension, is a device name. */
    static boolean isReserved(String path) {
        if (path == null) {
            return false;
        }
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return NAMES.contains(name.toUpperCase(Locale.ROOT)) || NAMES.contains(stem.toUpperCase(Locale.ROOT));
    }

    /** Writes the non-terminating WriteError 5.1 writes, and says whether the target was refused. */
    static boolean refuse(CommandContext ctx, String target, String errorId, String commandClass) {
        if (!isReserved(target)) {
            return false;
        }
        ctx.writeError("System.IO.IOException", "Cannot process path '" + target
                + "' because the target represents a reserved device name.",
                errorId + ",Microsoft.PowerShell.Commands." + commandClass, "WriteError", target);
        return true;
    }
}

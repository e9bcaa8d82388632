package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FileSystemProvider.MoveItem's refusal to move a folder into itself or onto itself: the
 * non-terminating MoveItemArgumentError (an IOException with TargetCannotBeSubdirectoryOfSource).
 */
final class MoveTargets {
    private MoveTargets() {
    }

    /** True (with the error written) when the folder would move into itself. */
    static boolean intoItself(CommandContext ctx, Path source, Path to) {
        Path from = source.toAbsolutePath().normalize();
        Path dest = to.toAbsolutePath().normalize();
        if (!Files.isDirectory(from) || !dest.startsWith(from)) {
            return false;
        }
        ctx.writeError("System.IO.IOException", "Destination path cannot be a subdirectory of the source or the "
                + "source itself: " + dest + ".", "MoveItemArgumentError,Microsoft.PowerShell.Commands.MoveItemCommand",
                "InvalidArgument", dest.toString());
        return true;
    }
}

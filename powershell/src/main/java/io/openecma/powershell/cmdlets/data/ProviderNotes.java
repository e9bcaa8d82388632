package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.host.DriveTable.Drive;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import java.nio.file.Path;

/**
 * The note properties CmdletProvider.WritePropertyObject / WriteItemObject add to what a
 * FileSystem provider writes: PSPath, PSParentPath, PSChildName, PSDrive and PSProvider. The
 * drive is the FileSystem drive whose root holds the item (the deepest one).
 */
final class ProviderNotes {
    private static final String PREFIX = "Microsoft.PowerShell.Core\\FileSystem::";

    private ProviderNotes() {
    }

    static void add(CommandContext ctx, PSObject target, Path item) {
        target.setProperty("PSPath", PREFIX + item);
        target.setProperty("PSParentPath", item.getParent() == null ? "" : PREFIX + item.getParent());
        target.setProperty("PSChildName", item.getFileName() == null ? item.toString() : item.getFileName().toString());
        Drive drive = driveOf(ctx, item);
        target.setProperty("PSDrive", drive == null ? null : DriveCmdlets.info(ctx, drive));
        target.setProperty("PSProvider", DriveCmdlets.ProviderInfos.of(ctx, "FileSystem"));
    }

    private static Drive driveOf(CommandContext ctx, Path item) {
        Drive best = null;
        int bestLength = -1;
        for (Drive d : DriveCmdlets.drives(ctx)) {
            if (!d.isFileSystem() || d.root().isEmpty()) {
                continue;
            }
            Path root;
            try {
                root = ctx.fileSystem().resolve(d.root());
            } catch (PSRuntimeException outsideRoots) {
                continue;
            }
            if (item.startsWith(root) && root.getNameCount() > bestLength) {
                best = d;
                bestLength = root.getNameCount();
            }
        }
        return best;
    }
}

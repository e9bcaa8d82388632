package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.host.DriveTable.Drive;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PathInfo;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths on the session's FileSystem drives as 5.1 shows them: a location or resolved path reached
 * through {@code TestDrive:\x} prints as {@code TestDrive:\x} (SessionState.Path keeps the drive),
 * while its ProviderPath is the host folder.
 */
final class DriveQualifiedPaths {
    private static final Pattern QUALIFIED = Pattern.compile("(?s)([^:\\\\/]+):.*");

    private DriveQualifiedPaths() {
    }

    /** The FileSystem drive a path is qualified with, or null. */
    static Drive driveOf(CommandContext ctx, String path) {
        Matcher m = QUALIFIED.matcher(PathArguments.withoutFileSystemProvider(path));
        if (!m.matches()) {
            return null;
        }
        Drive d = ctx.fileSystem().drives().get(m.group(1));
        return d != null && d.isFileSystem() && !d.root().isEmpty() ? d : null;
    }

    /** The host path as a path on the drive ({@code Name:\rel}), or null when it is not under the drive's root. */
    static String onDrive(CommandContext ctx, Drive drive, Path host) {
        Path root;
        try {
            root = ctx.fileSystem().resolve(drive.root());
        } catch (RuntimeException outside) {
            return null;
        }
        if (!host.startsWith(root)) {
            return null;
        }
        String rel = root.relativize(host).toString().replace('/', '\\');
        return drive.name() + ":\\" + rel;
    }

    /** A PathInfo on the drive when the host path lies under it, else the plain host path's. */
    static PathInfo pathInfo(CommandContext ctx, Drive drive, Path host) {
        String shown = drive == null ? null : onDrive(ctx, drive, host);
        return shown == null ? PathInfo.fileSystem(host.toString()) : PathInfo.onDrive(shown, host.toString(), drive.name());
    }
}

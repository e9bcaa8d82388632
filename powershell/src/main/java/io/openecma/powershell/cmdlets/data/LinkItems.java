package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * New-Item -ItemType SymbolicLink / HardLink on the confined file system (PowerShell's
 * FileSystemProvider.NewItem; texts from FileSystemProviderStrings.resx). The target must lie under
 * an allowed root, so a link never opens a way out of the confinement. As in 5.1, the target must
 * exist for both kinds (dangling symbolic links came with PowerShell 6).
 */
final class LinkItems {
    private static final String COMMAND = ",Microsoft.PowerShell.Commands.NewItemCommand";

    private LinkItems() {
    }

    /** Creates the link and returns it, or writes 5.1's error and returns null. */
    static Path create(CommandContext ctx, String type, Path link, Object value, boolean force) throws IOException {
        boolean hard = FileItemTypes.HARD_LINK.equals(type);
        String given = value == null ? "" : CsvObjects.text(value);
        if (given == null || given.isEmpty()) {
            throw ctx.terminatingError("System.Management.Automation.PSArgumentNullException",
                    "Value cannot be null.\r\nParameter name: value", "Argument" + COMMAND, "InvalidArgument");
        }
        Path target = hard ? ScriptPaths.resolve(ctx, given)
                : ctx.fileSystem().resolve(link.getParent().resolve(given.replace('\\', '/')).toString());
        if (!Files.exists(target)) {
            ctx.writeError("System.Management.Automation.ItemNotFoundException", "Could not find item " + given
                    + ".", "ItemNotFound" + COMMAND, "ObjectNotFound", given);
            return null;
        }
        if (hard && Files.isDirectory(target)) {
            ctx.writeError("System.InvalidOperationException", "A file is required for the operation. The item '" + given
                    + "' is not a file.",
                    "ItemNotFile" + COMMAND, "InvalidOperation", given);
            return null;
        }
        boolean exists = Files.exists(link, LinkOption.NOFOLLOW_LINKS);
        if (exists && !force) {
            ctx.writeError("System.IO.IOException", "Cannot create link because the path already exists: " + link
                    + ".", "SymLinkExists" + COMMAND, "ResourceExists", link.toString());
            return null;
        }
        if (exists && hard && link.equals(target)) {
            ctx.writeError("System.InvalidOperationException", "The target and path cannot be the same.",
                    "TargetIsSameAsLink" + COMMAND, "InvalidOperation", link.toString());
            return null;
        }
        if (exists) {
            Files.delete(link);
        }
        if (hard) {
            Files.createLink(link, target);
        } else {
            // A relative target stays relative, as Windows stores it.
            Path stored = Path.of(given.replace('\\', '/'));
            Files.createSymbolicLink(link, stored.isAbsolute() ? target : stored);
        }
        return link;
    }

    /** "SymbolicLink", "HardLink" (a file with more than one name) or null. */
    static String linkType(Path path) {
        if (Files.isSymbolicLink(path)) {
            return "SymbolicLink";
        }
        try {
            Object count = Files.getAttribute(path, "unix:nlink");
            if (count instanceof Integer n && n > 1 && Files.isRegularFile(path)) {
                return "HardLink";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** The link's stored target as text, with Windows separators for a relative one. */
    static String target(Path path) {
        try {
            Path t = Files.readSymbolicLink(path);
            return t.isAbsolute() ? t.toString() : t.toString().replace('/', '\\');
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}

package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Get-Item, New-Item and Remove-Item on the confined file system; on the Alias: and Function: drives
 * they go to SessionItemCommands ({@code -Options} is those providers' dynamic parameter of New-Item).
 */
final class ItemCmdlets {
    private ItemCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Get-Item", GetItem::new, ItemFilter.with(
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.switchParameter("Force"))).withAliases("gi"),
                CmdletDefinition.of("New-Item", NewItem::new,
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("Name", "string").fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("ItemType", "string").withAliases("Type"),
                        ParameterSpec.named("Value", "object").withAliases("Target")
                                .fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.named("Options", "object"),
                        ParameterSpec.switchParameter("Force")).withAliases("ni"),
                CmdletDefinition.of("Remove-Item", RemoveItem::new, ItemFilter.with(
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.switchParameter("Recurse"),
                        ParameterSpec.switchParameter("Force"))).withAliases("ri", "rm", "del", "erase", "rd",
                        "rmdir"));
    }

    static final class GetItem implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            for (String path : CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path")) {
                SessionItemPath session = SessionItemPath.of(ctx, path);
                if (session != null) {
                    SessionItemCommands.getItem(ctx, session, literal);
                    continue;
                }
                if (ProviderPathErrors.written(ctx, path, "GetItemCommand")) {
                    continue;
                }
                path = ProviderPaths.qualified(ctx, path);
                if (ProviderPaths.isProviderPath(path)) {
                    if (ProviderPaths.exists(ctx, path)) {
                        ctx.writeObject(ProviderPaths.item(ctx, path));
                    } else {
                        ScriptPaths.notFound(ctx, path, "GetItemCommand");
                    }
                    continue;
                }
                List<Path> found = ScriptPaths.expand(ctx, path, literal);
                List<Path> existing = found.stream().filter(Files::exists).toList();
                if (existing.isEmpty()) {
                    ScriptPaths.notFound(ctx, found.isEmpty() ? path : found.get(0).toString(), "GetItemCommand");
                    continue;
                }
                ItemFilter filter = ItemFilter.of(ctx);
                existing.stream().filter(filter::accepts).forEach(p -> {
                    PSObject item = FileItems.of(p);
                    ProviderNotes.add(ctx, item, p);
                    ctx.writeObject(item);
                });
            }
        }
    }

    static final class NewItem implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            SessionItemPath session = sessionTarget(ctx);
            if (session != null) {
                SessionItemCommands.newItem(ctx, session, CmdletArguments.string(ctx, "Name"), ctx.parameter("Value"));
                return;
            }
            String type = CmdletArguments.string(ctx, "ItemType");
            String kind = FileItemTypes.kind(type);
            boolean directory = FileItemTypes.DIRECTORY.equals(kind);
            boolean link = FileItemTypes.SYMBOLIC_LINK.equals(kind) || FileItemTypes.HARD_LINK.equals(kind);
            if (kind == null || FileItemTypes.JUNCTION.equals(kind)) {
                throw ctx.terminatingError("System.Management.Automation.PSArgumentException",
                        "The type is not a known type for the file system. Only \"file\" and \"directory\" can be "
                                + "created.", "Argument,Microsoft.PowerShell.Commands.NewItemCommand",
                        "InvalidArgument");
            }
            String name = CmdletArguments.string(ctx, "Name");
            List<String> paths = CmdletArguments.strings(ctx, "Path");
            if (paths.isEmpty()) {
                paths = List.of(".");
            }
            boolean force = ctx.switchPresent("Force");
            for (String path : paths) {
                // the parent is resolved first, so "Drive:" is that drive's current location (5.1)
                Path target = ScriptPaths.resolve(ctx, name == null ? path
                        : PathCmdlets.join(ScriptPaths.resolve(ctx, path).toString(), name));
                if (io.openecma.powershell.runtime.WhatIf.skips(ctx, directory ? "Create Directory" : "Create File", "Destination: " + target)) {
                    continue;
                }
                try {
                    if (link) {
                        Path made = LinkItems.create(ctx, kind, target, ctx.parameter("Value"), force);
                        if (made != null) {
                            ctx.writeObject(FileItems.of(made));
                        }
                        continue;
                    }
                    if (directory) {
                        if (Files.exists(target) && !force) {
                            ctx.writeError("System.IO.IOException", "An item with the specified name " + target
                                    + " already exists.", "DirectoryExist,Microsoft.PowerShell.Commands."
                                    + "NewItemCommand", "ResourceExists", target.toString());
                            continue;
                        }
                        Files.createDirectories(target);
                    } else {
                        if (Files.exists(target) && !force) {
                            ctx.writeError("System.IO.IOException", "The file '" + target + "' already exists.",
                                    "NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand", "WriteError",
                                    target.toString());
                            continue;
                        }
                        if (force && target.getParent() != null) {
                            Files.createDirectories(target.getParent());
                        }
                        Object value = ctx.parameter("Value");
                        String text = value == null ? "" : CsvObjects.text(value);
                        FileText.write(target, text == null ? "" : text, FileEncodings.DEFAULT, false);
                    }
                } catch (IOException | PSRuntimeException e) {
                    // FileSystemProvider.NewItem / CreateDirectory write the IOException as a non-terminating error
                    PSRuntimeException error = e instanceof IOException io ? FileText.ioError(io, target)
                            : (PSRuntimeException) e;
                    if (!error.typeName().startsWith("System.IO.")) {
                        throw error;
                    }
                    ctx.writeError(error.typeName(), error.getMessage(), (directory ? "CreateDirectoryIOError"
                            : "NewItemIOError") + ",Microsoft.PowerShell.Commands.NewItemCommand", "WriteError",
                            target.toString());
                    continue;
                }
                ctx.writeObject(FileItems.of(target));
            }
        }
    }

    /** The session drive (Alias:, Function:) New-Item's single -Path names, or null. */
    private static SessionItemPath sessionTarget(CommandContext ctx) {
        List<String> paths = CmdletArguments.strings(ctx, "Path");
        return paths.size() == 1 ? SessionItemPath.of(ctx, paths.get(0)) : null;
    }

    static final class RemoveItem implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            for (String path : CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path")) {
                SessionItemPath session = SessionItemPath.of(ctx, path);
                if (session != null) {
                    SessionItemCommands.removeItem(ctx, session, literal);
                    continue;
                }
                path = ProviderPaths.qualified(ctx, path);
                if (ProviderPaths.isProviderPath(path)) {
                    ProviderPaths.remove(ctx, path);
                    continue;
                }
                List<Path> found = ScriptPaths.expand(ctx, path, literal);
                List<Path> existing = found.stream().filter(Files::exists).toList();
                if (existing.isEmpty()) {
                    ScriptPaths.notFound(ctx, found.isEmpty() ? path : found.get(0).toString(), "RemoveItemCommand");
                    continue;
                }
                ItemFilter filter = ItemFilter.of(ctx);
                for (Path p : existing.stream().filter(filter::accepts).toList()) {
                    remove(ctx, p);
                }
            }
        }

        private static void remove(CommandContext ctx, Path p) {
            if (io.openecma.powershell.runtime.WhatIf.skips(ctx, Files.isDirectory(p) ? "Remove Directory" : "Remove File", p.toString())) {
                return;
            }
            if (!ctx.switchPresent("Force") && isProtected(p)) {
                // FileSystemProvider.RemoveFileSystemItem: hidden, system or read-only items need -Force
                ctx.writeError("System.IO.IOException", "You do not have sufficient access rights to perform this "
                        + "operation or the item is hidden, system, or read only.", "RemoveFileSystemItemUnAuthorizedAccess,"
                        + "Microsoft.PowerShell.Commands.RemoveItemCommand", "PermissionDenied", p.toString());
                return;
            }
            try {
                if (Files.isDirectory(p) && !ctx.switchPresent("Recurse") && hasChildren(p)) {
                    ctx.writeError("System.IO.IOException", "The item at " + p + " has children and the Recurse "
                            + "parameter was not specified.", "DirectoryNotEmpty,Microsoft.PowerShell.Commands."
                            + "RemoveItemCommand", "WriteError", p.toString());
                    return;
                }
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        ctx.checkCancelled();
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                ctx.writeError("System.IO.IOException", e.getMessage(),
                        "RemoveFileSystemItemIOError,Microsoft.PowerShell.Commands.RemoveItemCommand", "WriteError",
                        p.toString());
            }
        }

        private static boolean isProtected(Path p) {
            if (Files.isSymbolicLink(p)) {
                return false;
            }
            long bits = io.openecma.powershell.types.io.ItemAttributes.read(p);
            long guarded = io.openecma.powershell.types.FileAttributes.Hidden.bits()
                    | io.openecma.powershell.types.FileAttributes.System.bits()
                    | io.openecma.powershell.types.FileAttributes.ReadOnly.bits();
            return (bits & guarded) != 0;
        }

        private static boolean hasChildren(Path dir) throws IOException {
            try (Stream<Path> children = Files.list(dir)) {
                return children.findAny().isPresent();
            }
        }
    }
}

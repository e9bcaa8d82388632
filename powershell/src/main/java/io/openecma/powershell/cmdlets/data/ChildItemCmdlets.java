package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Get-ChildItem, Copy-Item and Move-Item on the confined file system. */
final class ChildItemCmdlets {
    private ChildItemCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Get-ChildItem", GetChildItem::new,
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath"),
                        ParameterSpec.positional("Filter", "string", 1),
                        ParameterSpec.named("Include", "string[]"),
                        ParameterSpec.named("Exclude", "string[]"),
                        ParameterSpec.switchParameter("Recurse").withAliases("s"),
                        ParameterSpec.named("Depth", "long"),
                        ParameterSpec.named("Attributes", "string[]"),
                        ParameterSpec.switchParameter("File").withAliases("af"),
                        ParameterSpec.switchParameter("Directory").withAliases("ad", "d"),
                        ParameterSpec.switchParameter("Hidden").withAliases("ah", "h"),
                        ParameterSpec.switchParameter("ReadOnly").withAliases("ar"),
                        ParameterSpec.switchParameter("System").withAliases("as"),
                        ParameterSpec.switchParameter("Name"),
                        ParameterSpec.switchParameter("Force")).withAliases("gci", "ls", "dir"),
                CmdletDefinition.of("Copy-Item", () -> new CopyOrMove(false), transferParameters())
                        .withAliases("copy", "cp", "cpi"),
                CmdletDefinition.of("Move-Item", () -> new CopyOrMove(true), transferParameters())
                        .withAliases("move", "mv", "mi"));
    }

    private static ParameterSpec[] transferParameters() {
        return ItemFilter.with(
            ParameterSpec.positional("Path", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
            ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath"),
            ParameterSpec.positional("Destination", "string", 1),
            ParameterSpec.switchParameter("Recurse"),
            ParameterSpec.switchParameter("Force"),
            ParameterSpec.switchParameter("PassThru"));
    }

    /**
     * Directories first, then files, each by name; -Recurse descends after listing a folder, -Depth
     * (which implies -Recurse) limits how deep; attributes and hidden items as ChildItemAttributeFilter says.
     */
    static final class GetChildItem implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            List<String> paths = CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path");
            if (paths.isEmpty()) {
                paths = List.of(".");
            }
            ItemFilter pattern = ItemFilter.of(ctx);
            ChildItemAttributeFilter attributes = ChildItemAttributeFilter.of(ctx);
            long depth = ctx.isBound("Depth") ? depth(ctx) : ctx.switchPresent("Recurse") ? Long.MAX_VALUE : 0;
            for (String path : paths) {
                SessionItemPath session = SessionItemPath.of(ctx, path);
                if (session != null) {
                    SessionItemCommands.childItems(ctx, session, literal);
                    continue;
                }
                if (ProviderListing.list(ctx, path)) {
                    continue;
                }
                if (!literal && depth > 0 && listedRecursively(ctx, path, pattern, attributes, depth)) {
                    continue;
                }
                List<Path> found = ScriptPaths.expand(ctx, path, literal).stream().filter(Files::exists).toList();
                if (found.isEmpty()) {
                    ScriptPaths.notFound(ctx, path, "GetChildItemCommand");
                    continue;
                }
                for (Path p : found) {
                    if (Files.isDirectory(p) && !ctx.isBound("Depth") && depth == 0 && ctx.isBound("Include")
                            && !Wildcard.containsWildcard(path)) {
                        // Get-ChildItem docs: -Include is effective only on an item's contents (C:\x\*) or with -Recurse
                        // (which -Depth implies).
                        continue;
                    }
                    if (Files.isDirectory(p)) {
                        list(ctx, p, p, pattern, attributes, depth);
                    } else if (attributes.shows(p)) {
                        write(ctx, p, p.getParent(), pattern);
                    }
                }
            }
        }

        /** -Depth is a UInt32 in 5.1 (GetChildItemCommand.Depth): a negative or too large number does not bind. */
        private static long depth(CommandContext ctx) {
            long depth = ((Number) ctx.parameter("Depth")).longValue();
            if (depth < 0 || depth > 0xFFFFFFFFL) {
                throw new PSRuntimeException("System.Management.Automation.ParameterBindingException",
                        "Cannot bind parameter 'Depth'. Cannot convert value \"" + depth + "\" to type \"System.UInt32\". "
                                + "Error: \"Value was either too large or too small for a UInt32.\"")
                        .withError("CannotConvertArgumentNoMessage",
                                "InvalidArgument", null);
            }
            return depth;
        }

        /**
         * {@code dir x\*.txt -Recurse}: a wildcard leaf with -Recurse (or -Depth) filters the names found in x and
         * below, rather than naming the folders to list (5.1's recursive wildcard search). False when the leaf
         * has no wildcard or its folder does not exist.
         */
        private static boolean listedRecursively(CommandContext ctx, String path, ItemFilter pattern,
                ChildItemAttributeFilter attributes, long depth) {
            String normalized = path.replace('\\', '/');
            int slash = normalized.lastIndexOf('/');
            String leaf = normalized.substring(slash + 1);
            if (!Wildcard.containsWildcard(leaf)) {
                return false;
            }
            Path dir = ScriptPaths.resolve(ctx, slash < 0 ? "." : slash == 0 ? "/" : normalized.substring(0, slash));
            if (!Files.isDirectory(dir)) {
                return false;
            }
            list(ctx, dir, dir, pattern.withLeaf(leaf), attributes, depth);
            return true;
        }

        private static void list(CommandContext ctx, Path dir, Path top, ItemFilter pattern,
                ChildItemAttributeFilter attributes, long depth) {
            List<Path> children;
            try (Stream<Path> s = Files.list(dir)) {
                children = new ArrayList<>(s.filter(ctx.fileSystem()::isAllowed).toList());
            } catch (IOException e) {
                throw FileText.ioError(e, dir);
            }
            children.sort(Comparator.comparing((Path c) -> !Files.isDirectory(c))
                    .thenComparing(c -> c.getFileName().toString().toLowerCase()));
            for (Path child : children) {
                ctx.checkCancelled();
                if (attributes.shows(child)) {
                    write(ctx, child, top, pattern);
                }
            }
            if (depth > 0) {
                for (Path child : children) {
                    if (Files.isDirectory(child) && !Files.isSymbolicLink(child) && attributes.descendsInto(child)) {
                        list(ctx, child, top, pattern, attributes, depth - 1);
                    }
                }
            }
        }

        private static void write(CommandContext ctx, Path item, Path top, ItemFilter pattern) {
            if (!pattern.accepts(item)) {
                return;
            }
            if (ctx.switchPresent("Name")) {
                ctx.writeObject(top.relativize(item).toString().replace('/', '\\'));
            } else {
                ctx.writeObject(FileItems.of(item));
            }
        }
    }

    /** Copy-Item / Move-Item; a destination folder receives the item under its own name. */
    static final class CopyOrMove implements Cmdlet {
        private final boolean move;

        CopyOrMove(boolean move) {
            this.move = move;
        }

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            String destination = CmdletArguments.string(ctx, "Destination");
            Path target = ScriptPaths.resolve(ctx, destination == null ? "." : destination);
            String commandClass = move ? "MoveItemCommand" : "CopyItemCommand";
            if (ReservedDeviceNames.refuse(ctx, destination, move ? "MoveError" : "CopyError", commandClass)) {
                return;
            }
            for (String path : CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path")) {
                List<Path> found = ScriptPaths.expand(ctx, path, literal).stream().filter(Files::exists).toList();
                if (found.isEmpty()) {
                    ScriptPaths.notFound(ctx, path, commandClass);
                    continue;
                }
                ItemFilter filter = ItemFilter.of(ctx);
                for (Path source : found.stream().filter(filter::accepts).toList()) {
                    Path to = Files.isDirectory(target) ? target.resolve(source.getFileName().toString()) : target;
                    if (move && MoveTargets.intoItself(ctx, source, to)) {
                        continue;
                    }
                    if (io.openecma.powershell.runtime.WhatIf.skips(ctx, (move ? "Move " : "Copy ") + (Files.isDirectory(source) ? "Directory" : "File"),
                            "Item: " + source + " Destination: " + to)) {
                        continue;
                    }
                    transfer(ctx, source, to, commandClass);
                }
            }
        }

        private void transfer(CommandContext ctx, Path source, Path to, String commandClass) {
            try {
                if (Files.exists(to) && !ctx.switchPresent("Force")) {
                    ctx.writeError("System.IO.IOException", (move ? "Cannot create a file when that file already "
                            + "exists." : "The file '" + to + "' already exists."), (move ? moveErrorId(source)
                            : "CopyFileInfoItemIOError") + ",Microsoft.PowerShell.Commands." + commandClass,
                            "WriteError", source.toString());
                    return;
                }
                if (move) {
                    Files.move(source, to, StandardCopyOption.REPLACE_EXISTING);
                } else if (Files.isDirectory(source)) {
                    copyTree(ctx, source, to);
                } else {
                    Files.copy(source, to, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                }
            } catch (IOException e) {
                if (!move) {
                    throw FileText.ioError(e, to);
                }
                // 5.1's MoveDirectoryInfoItem / MoveFileInfoItem turn an IOException into a WriteError.
                PSRuntimeException failure = FileText.ioError(e, to);
                ctx.writeError(failure.typeName(), failure.getMessage(), moveErrorId(source)
                        + ",Microsoft.PowerShell.Commands." + commandClass, "WriteError", source.toString());
                return;
            }
            if (ctx.switchPresent("PassThru")) {
                ctx.writeObject(FileItems.of(to));
            }
        }

        /** FileSystemProvider's id for a failed move: a folder's differs from a file's. */
        private static String moveErrorId(Path source) {
            return Files.isDirectory(source) ? "MoveDirectoryItemIOError" : "MoveFileInfoItemIOError";
        }

        /** Copy-Item of a folder copies the folder; its contents only with -Recurse, as in 5.1. */
        private static void copyTree(CommandContext ctx, Path source, Path to) throws IOException {
            Files.createDirectories(to);
            if (!ctx.switchPresent("Recurse")) {
                return;
            }
            try (Stream<Path> s = Files.list(source)) {
                for (Path child : s.toList()) {
                    ctx.checkCancelled();
                    Path dest = to.resolve(child.getFileName().toString());
                    if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                        copyTree(ctx, child, dest);
                    } else {
                        // Links are copied as links: their targets may lie outside the allowed roots.
                        Files.copy(child, dest, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                    }
                }
            }
        }
    }
}

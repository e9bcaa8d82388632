package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Rename-Item on the confined file system: renames in place, never moves to another folder
 * (PowerShell's FileSystemProvider.RenameItem; texts from FileSystemProviderStrings.resx).
 */
final class RenameItemCmdlet implements Cmdlet {
    private static final String COMMAND = "RenameItemCommand";

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Rename-Item", RenameItemCmdlet::new,
                ParameterSpec.positional("Path", "string", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.named("LiteralPath", "string").withAliases("PSPath")
                        .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.positional("NewName", "string", 1).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.switchParameter("Force"),
                ParameterSpec.switchParameter("PassThru")).withAliases("rni", "ren");
    }

    @Override
    public void process(CommandContext ctx) {
        boolean literal = ctx.isBound("LiteralPath");
        String path = CmdletArguments.string(ctx, literal ? "LiteralPath" : "Path");
        SessionItemPath session = SessionItemPath.of(ctx, path);
        if (session != null) {
            SessionItemCommands.renameItem(ctx, session, literal, CmdletArguments.string(ctx, "NewName"));
            return;
        }
        List<Path> found = ScriptPaths.expand(ctx, path, literal).stream().filter(Files::exists).toList();
        if (found.isEmpty()) {
            ScriptPaths.notFound(ctx, path, COMMAND);
            return;
        }
        Path source = found.get(0);
        String newName = leafName(ctx, source, CmdletArguments.string(ctx, "NewName"));
        if (newName == null) {
            ctx.writeError("System.Management.Automation.PSArgumentException", "Cannot rename the specified "
                    + "target, because it represents a path or device name.", "Argument,Microsoft.PowerShell."
                    + "Commands." + COMMAND, "InvalidArgument", path);
            return;
        }
        if (ReservedDeviceNames.refuse(ctx, newName, "RenameError", COMMAND)) {
            return;
        }
        Path target = source.resolveSibling(newName);
        ctx.fileSystem().resolve(target.toString());
        if (Files.exists(target)) {
            ctx.writeError("System.IO.IOException", "Cannot create a file when that file already exists.",
                    "RenameItemIOError,Microsoft.PowerShell.Commands." + COMMAND, "WriteError", source.toString());
            return;
        }
        if (io.openecma.powershell.runtime.WhatIf.skips(ctx, Files.isDirectory(source) ? "Rename Directory" : "Rename File",
                "Item: " + source + " Destination: " + target)) {
            return;
        }
        try {
            Files.move(source, target);
        } catch (IOException e) {
            ctx.writeError("System.IO.IOException", e.getMessage(),
                    "RenameItemIOError,Microsoft.PowerShell.Commands." + COMMAND, "WriteError", source.toString());
            return;
        }
        if (ctx.switchPresent("PassThru")) {
            ctx.writeObject(FileItems.of(target));
        }
    }

    /**
     * The new leaf name: ".\x" and a path in the source's own folder count as the leaf; any other
     * path is refused (null), as the provider does not move on rename.
     */
    private static String leafName(CommandContext ctx, Path source, String newName) {
        if (newName == null || newName.isEmpty()) {
            return null;
        }
        if (newName.startsWith(".\\") || newName.startsWith("./")) {
            newName = newName.substring(2);
        }
        int sep = Math.max(newName.lastIndexOf('/'), newName.lastIndexOf('\\'));
        if (sep < 0) {
            return newName;
        }
        Path asPath = ctx.fileSystem().resolve(newName);
        return source.getParent() != null && source.getParent().equals(asPath.getParent())
                ? asPath.getFileName().toString() : null;
    }
}

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
 * Clear-Content (ClearContentCommand.cs; FileSystemProvider.ClearContent truncates the file) and
 * Clear-Item on the Variable and Environment drives (SessionStateProviderBase.ClearItem sets the
 * value to null, which removes an environment variable). The session-state providers refuse to
 * clear content (IContent_Clear_NotSupported), a folder is ClearDirectoryContent.
 */
final class ClearContentCmdlets {
    private ClearContentCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Clear-Content", ClearContent::new, ItemFilter.with(
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.switchParameter("Force"),
                        ParameterSpec.named("Credential", "object"))).withAliases("clc"),
                CmdletDefinition.of("Clear-Item", ClearItem::new, ItemFilter.with(
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.switchParameter("Force"),
                        ParameterSpec.named("Credential", "object"))).withAliases("cli"));
    }

    static final class ClearContent implements Cmdlet {
        private static final String COMMAND = "ClearContentCommand";

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            String parameter = literal ? "LiteralPath" : "Path";
            for (String path : PathArguments.paths(ctx, parameter, COMMAND)) {
                if (ProviderPathErrors.written(ctx, path, COMMAND)) {
                    continue;
                }
                if (ProviderDrives.driveOf(path) != null) {
                    notSupported(ctx, path);
                    continue;
                }
                List<Path> files = ScriptPaths.expand(ctx, PathArguments.withoutFileSystemProvider(path), literal);
                ItemFilter filter = ItemFilter.of(ctx);
                List<Path> existing = files.stream().filter(Files::exists).filter(filter::accepts).toList();
                if (existing.isEmpty() && !filter.isActive()) {
                    ScriptPaths.notFound(ctx, path, COMMAND);
                    continue;
                }
                for (Path file : existing) {
                    clear(ctx, file);
                }
            }
        }

        private static void clear(CommandContext ctx, Path file) {
            if (Files.isDirectory(file)) {
                ctx.writeError("System.NotSupportedException", "Unable to clear content of '" + file
                        + "' because it is a directory. Clear-Content is only supported on files.",
                        "ClearDirectoryContent,Microsoft.PowerShell.Commands." + COMMAND, "InvalidOperation",
                        file.toString());
                return;
            }
            if (io.openecma.powershell.runtime.WhatIf.skips(ctx, "Clear Content", "Item: " + file)) {
                return;
            }
            try {
                Files.write(file, new byte[0]);
            } catch (IOException e) {
                throw FileText.ioError(e, file);
            }
        }

        private static void notSupported(CommandContext ctx, String path) {
            ctx.writeError("System.Management.Automation.PSNotSupportedException", "Cannot perform the ClearContent "
                    + "operation. The ClearContent operation is not supported by this provider.",
                    "NotSupported,Microsoft.PowerShell.Commands." + COMMAND, "NotImplemented", path);
        }
    }

    static final class ClearItem implements Cmdlet {
        private static final String COMMAND = "ClearItemCommand";

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            String parameter = literal ? "LiteralPath" : "Path";
            for (String path : PathArguments.paths(ctx, parameter, COMMAND)) {
                if (ProviderPathErrors.written(ctx, path, COMMAND)) {
                    continue;
                }
                if (!ProviderPaths.isProviderPath(path)) {
                    // the FileSystem provider keeps ItemCmdletProvider.ClearItem, which refuses
                    ctx.writeError("System.Management.Automation.PSNotSupportedException", "Provider operation "
                            + "stopped because the provider does not support this operation.",
                            "NotSupported,Microsoft.PowerShell.Commands." + COMMAND, "NotImplemented", path);
                    continue;
                }
                if (!ProviderPaths.exists(ctx, path)) {
                    ScriptPaths.notFound(ctx, path, COMMAND);
                    continue;
                }
                if (path.regionMatches(true, 0, "env:", 0, 4)) {
                    ctx.removeVariable(ProviderPaths.normalized(path));
                } else {
                    ProviderPaths.set(ctx, path, null);
                }
            }
        }
    }
}

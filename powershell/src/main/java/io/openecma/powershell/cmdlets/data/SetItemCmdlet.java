package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

/**
 * Set-Item on the session drives (Alias:, Function:; -Options is their providers' dynamic parameter),
 * and on Variable: and Env: (the variable is set). On the file system, Set-Item is not supported
 * (the FileSystem provider does not implement SetItem).
 */
final class SetItemCmdlet implements Cmdlet {

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Set-Item", SetItemCmdlet::new, ItemFilter.with(
                ParameterSpec.positional("Path", "string[]", 0).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath")
                        .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.positional("Value", "object", 1).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.named("Options", "object"),
                ParameterSpec.switchParameter("Force"),
                ParameterSpec.switchParameter("PassThru"))).withAliases("si");
    }

    @Override
    public void process(CommandContext ctx) {
        boolean literal = ctx.isBound("LiteralPath");
        Object options = ctx.isBound("Options") ? ctx.parameter("Options") : null;
        for (String path : CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path")) {
            SessionItemPath target = SessionItemPath.of(ctx, path);
            if (target == null && ProviderPaths.isProviderPath(path)) {
                ProviderPaths.set(ctx, path, ctx.parameter("Value"));
                continue;
            }
            if (target == null || target.isRoot()) {
                // FileSystemProvider has no SetItem, nor is a drive's root an item: CmdletProvider.SetItem throws NotSupported (SessionStateStrings)
                ctx.writeError("System.Management.Automation.PSNotSupportedException", "Provider operation stopped "
                        + "because the provider does not support this operation.",
                        "NotSupported,Microsoft.PowerShell.Commands.SetItemCommand", "NotImplemented", path);
                continue;
            }
            SessionItemCommands.setItem(ctx, target, literal, ctx.parameter("Value"), options);
        }
    }
}

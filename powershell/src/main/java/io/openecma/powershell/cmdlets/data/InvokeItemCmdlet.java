package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

/**
 * Invoke-Item. The session-state providers keep CmdletProvider.InvokeDefaultAction, which is
 * NotSupported (SessionStateStrings.CmdletProvider_NotSupported); on the file system it would start
 * the program associated with the file, and the engine starts no programs, so it refuses too.
 */
final class InvokeItemCmdlet implements Cmdlet {
    private static final String ERROR_ID = "NotSupported,Microsoft.PowerShell.Commands.InvokeItemCommand";

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Invoke-Item", InvokeItemCmdlet::new, ItemFilter.with(
                ParameterSpec.positional("Path", "string[]", 0).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath", "LP")
                        .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.named("Credential", "object"))).withAliases("ii");
    }

    @Override
    public void process(CommandContext ctx) {
        boolean literal = ctx.isBound("LiteralPath");
        for (String path : PathArguments.paths(ctx, literal ? "LiteralPath" : "Path", "InvokeItemCommand")) {
            if (ProviderPathErrors.written(ctx, path, "InvokeItemCommand")) {
                continue;
            }
            if (ProviderDrives.driveOf(ProviderPaths.qualified(ctx, path)) != null) {
                ctx.writeError("System.Management.Automation.PSNotSupportedException", "Provider operation stopped "
                        + "because the provider does not support this operation.", ERROR_ID, "NotImplemented", path);
                continue;
            }
            ctx.writeError("System.Management.Automation.PSNotSupportedException", "Invoke-Item cannot open '" + path
                    + "': the engine does not start programs.", ERROR_ID, "NotImplemented", path);
        }
    }
}

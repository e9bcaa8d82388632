package io.openecma.powershell.cmdlets.trace;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.trace.PSTraceSource;

import java.util.List;

/**
 * Get-TraceSource (GetTracerCommand.cs) and Set-TraceSource (SetTracerCommand.cs): list the
 * engine's trace sources, and set their options and listeners until changed again (unlike
 * Trace-Command, nothing is restored).
 */
public final class TraceSourceCmdlets {
    private TraceSourceCmdlets() {
    }

    public static void register(CmdletRegistry registry) {
        registry.register(CmdletDefinition.of("Get-TraceSource", () -> TraceSourceCmdlets::get,
                ParameterSpec.positional("Name", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME)));
        registry.register(CmdletDefinition.of("Set-TraceSource", () -> TraceSourceCmdlets::set,
                ParameterSpec.positional("Name", "string[]", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.positional("Option", "object", 1),
                ParameterSpec.named("ListenerOption", "object"),
                ParameterSpec.named("FilePath", "string").withAliases("PSPath", "Path"),
                ParameterSpec.switchParameter("Force"),
                ParameterSpec.switchParameter("Debugger"),
                ParameterSpec.switchParameter("PSHost"),
                ParameterSpec.named("RemoveListener", "string[]"),
                ParameterSpec.named("RemoveFileListener", "string[]"),
                ParameterSpec.switchParameter("PassThru")));
        registry.register(TraceCommandCmdlet.definition());
    }

    private static void get(CommandContext ctx) {
        List<String> names = ctx.isBound("Name") ? CmdletArgs.strings(ctx, "Name") : List.of("*");
        for (String n : names) {
            if (n == null || n.isEmpty()) {
                throw ctx.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                        "Cannot validate argument on parameter 'Name'. The argument is null, empty, or an element of the argument collection contains a null value."
                                + " Supply a collection that does not contain any null values and then try the command again.",
                        "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetTraceSourceCommand", "InvalidData");
            }
        }
        TraceListeners.matching(ctx, names, true, "GetTraceSourceCommand").forEach(ctx::writeObject);
    }

    private static void set(CommandContext ctx) {
        List<String> names = CmdletArgs.strings(ctx, "Name");
        if (ctx.isBound("RemoveListener")) {
            TraceListeners.remove(TraceListeners.matching(ctx, names, true, "SetTraceSourceCommand"),
                    CmdletArgs.strings(ctx, "RemoveListener"), false);
            return;
        }
        if (ctx.isBound("RemoveFileListener")) {
            TraceListeners.remove(TraceListeners.matching(ctx, names, true, "SetTraceSourceCommand"),
                    CmdletArgs.strings(ctx, "RemoveFileListener"), true);
            return;
        }
        List<PSTraceSource> sources = TraceListeners.matching(ctx, names, false, "SetTraceSourceCommand");
        TraceListeners setup = new TraceListeners(ctx, "SetTraceSourceCommand");
        if (setup.optionsSpecified()) {
            int options = setup.options();
            sources.forEach(s -> s.setOptions(options));
        }
        setup.addTo(sources);
        if (ctx.switchPresent("PassThru")) {
            sources.forEach(ctx::writeObject);
        }
    }
}

package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tee-Object (5.1 parameters: -FilePath/-LiteralPath with -Append, or -Variable): passes every
 * input object on and also saves it, to a file as Out-File writes it (UTF-16LE in 5.1) or to a
 * variable in the caller's scope (one object as itself, several as an array).
 */
final class TeeCmdlets {
    private TeeCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(CmdletDefinition.of("Tee-Object", Tee::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("FilePath", "string", 0).withAliases("Path"),
                ParameterSpec.named("LiteralPath", "string").withAliases("PSPath"),
                ParameterSpec.switchParameter("Append"),
                ParameterSpec.named("Variable", "string")).withAliases("tee"));
    }

    static final class Tee implements Cmdlet {
        private final List<Object> items = new ArrayList<>();

        @Override
        public void begin(CommandContext ctx) {
            int targets = (ctx.isBound("FilePath") ? 1 : 0) + (ctx.isBound("LiteralPath") ? 1 : 0) + (ctx.isBound("Variable") ? 1 : 0);
            if (targets != 1) {
                throw ctx.terminatingError("System.Management.Automation.ParameterBindingException",
                        targets == 0 ? "Cannot process command because of one or more missing mandatory parameters: FilePath."
                                : "Parameter set cannot be resolved using the specified named parameters.",
                        targets == 0 ? "MissingMandatoryParameter" : "AmbiguousParameterSet", "InvalidArgument");
            }
        }

        @Override
        public void process(CommandContext ctx) {
            if (!ctx.expectingInput() && !ctx.isBound("InputObject")) {
                return;
            }
            Object item = ctx.expectingInput() ? ctx.currentInput() : ctx.parameter("InputObject");
            items.add(item);
            ctx.writeObject(item);
        }

        @Override
        public void end(CommandContext ctx) {
            if (ctx.isBound("Variable")) {
                String name = CmdletArguments.string(ctx, "Variable");
                ctx.setVariable(name, items.size() == 1 ? items.get(0) : items.toArray());
                return;
            }
            String path = CmdletArguments.string(ctx, ctx.isBound("LiteralPath") ? "LiteralPath" : "FilePath");
            Path file = ScriptPaths.resolve(ctx, path);
            List<String> lines = new ArrayList<>();
            for (Object item : items) {
                ContentCmdlets.appendItems(item, lines);
            }
            FileText.write(file, ContentCmdlets.joined(lines, false), FileEncodings.UNICODE, ctx.switchPresent("Append"));
        }
    }
}

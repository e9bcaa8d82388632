package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.serialization.CliXmlReader;
import io.openecma.powershell.serialization.CliXmlWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * ConvertTo-CliXml and ConvertFrom-CliXml (PowerShell 7.5, XmlCommands.cs): Export-/Import-Clixml's
 * serializer into and out of a string. ConvertTo writes one document for all pipeline input
 * (-Depth 2 by default, [ValidateRange(1, int.MaxValue)]); ConvertFrom writes each document's
 * objects as PSSerializer.Deserialize does: one object as itself, several as one array.
 */
final class CliXmlStringCmdlets {
    private CliXmlStringCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("ConvertTo-CliXml", ConvertTo::new,
                        ParameterSpec.positional("InputObject", "object", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.named("Depth", "int")),
                CmdletDefinition.of("ConvertFrom-CliXml", ConvertFrom::new,
                        ParameterSpec.positional("InputObject", "string", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE)));
    }

    static final class ConvertTo implements Cmdlet {
        private final List<Object> objects = new ArrayList<>();
        private int depth = 2;

        @Override
        public void begin(CommandContext ctx) {
            Integer d = CmdletArguments.integer(ctx, "Depth");
            if (d != null) {
                if (d < 1) {
                    throw ctx.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                            "Cannot validate argument on parameter 'Depth'. The " + d + " argument is less than the minimum"
                                    + " allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.",
                            "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ConvertToClixmlCommand", "InvalidData");
                }
                depth = d;
            }
        }

        @Override
        public void process(CommandContext ctx) {
            objects.add(ctx.parameter("InputObject"));
        }

        @Override
        public void end(CommandContext ctx) {
            try {
                ctx.writeObject(new CliXmlWriter(ExecutionContext.current().options().dataProtection(),
                        CmdletArguments.localZone()).serialize(objects, depth));
            } catch (PSRuntimeException e) {
                throw ctx.terminatingError(e.typeName(), e.getMessage(),
                        e.typeName() + ",Microsoft.PowerShell.Commands.ConvertToClixmlCommand", "NotSpecified");
            }
        }
    }

    static final class ConvertFrom implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            String text = LanguagePrimitives.toStringValue(ctx.parameter("InputObject"));
            List<Object> all;
            try {
                all = new CliXmlReader(ExecutionContext.current().options().dataProtection()).deserialize(text);
            } catch (PSRuntimeException e) {
                throw ctx.terminatingError(e.typeName(), e.getMessage(),
                        e.typeName() + ",Microsoft.PowerShell.Commands.ConvertFromClixmlCommand", "NotSpecified");
            }
            if (all.size() == 1) {
                ctx.writeObject(all.get(0));
            } else if (!all.isEmpty()) {
                ctx.writeObject(all.toArray());
            }
        }
    }
}

package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Write-Information (WriteInformationCommand, Write.cs): one InformationRecord per message with the
 * given -Tags; a tag starting with "PS" is reserved for the engine (a terminating error).
 */
final class WriteInformationCmdlet {
    private WriteInformationCmdlet() {
    }

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Write-Information", WriteInformation::new,
                ParameterSpec.positional("MessageData", "object", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE)
                        .allowing(ParameterSpec.Allow.NULL).withAliases("Msg", "Message"),
                ParameterSpec.positional("Tags", "string[]", 1));
    }

    static final class WriteInformation implements Cmdlet {
        private List<String> tags;

        @Override
        public void begin(CommandContext ctx) {
            Object given = ctx.parameter("Tags");
            if (given == null) {
                return;
            }
            tags = new ArrayList<>();
            for (Object t : LanguagePrimitives.toList(given)) {
                String tag = LanguagePrimitives.toStringValue(t);
                if (tag.regionMatches(true, 0, "PS", 0, 2)) {
                    throw ctx.terminatingError("System.InvalidOperationException",
                            "Cannot use tag '" + tag + "'. The 'PS' prefix is reserved.", "PSPrefixReservedInInformationTag",
                            "InvalidArgument");
                }
                tags.add(tag);
            }
        }

        @Override
        public void process(CommandContext ctx) {
            ctx.writeInformation(LanguagePrimitives.unwrapNull(ctx.parameter("MessageData")), tags);
        }
    }
}

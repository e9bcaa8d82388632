package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.util.ArrayList;
import java.util.List;

/** Write-Output/Host/Verbose/Debug/Warning/Error/Information, and Out-Null. */
public final class OutputCmdlets {

    private OutputCmdlets() {
    }

    private static String text(CommandContext c, String name) {
        return LanguagePrimitives.toStringValue(c.parameter(name));
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Write-Output", () -> c -> {
                    Object v = c.parameter("InputObject");
                    if (c.switchPresent("NoEnumerate")) {
                        c.writeObject(v);
                    } else if (c.isBound("InputObject")) {
                        c.writeEnumerated(v);
                    }
                }, ParameterSpec.positional("InputObject", "object", 0).fromPipeline(PipelineInput.BY_VALUE).remainingArguments(),
                ParameterSpec.switchParameter("NoEnumerate")).withAliases("echo"));
        r.register(CmdletDefinition.of("Write-Host", () -> c -> {
                    Object v = c.parameter("Object");
                    String sep = c.isBound("Separator") ? text(c, "Separator") : " ";
                    List<String> parts = new ArrayList<>();
                    for (Object item : LanguagePrimitives.toList(v)) {
                        if (item != null) {
                            parts.add(LanguagePrimitives.toStringValue(item));
                        }
                    }
                    c.writeHost(String.join(sep, parts));
                }, ParameterSpec.positional("Object", "object", 0).fromPipeline(PipelineInput.BY_VALUE).remainingArguments(),
                ParameterSpec.switchParameter("NoNewline"), ParameterSpec.named("Separator", "object"),
                ParameterSpec.named("ForegroundColor", "System.ConsoleColor"),
                ParameterSpec.named("BackgroundColor", "System.ConsoleColor")));
        r.register(CmdletDefinition.of("Write-Verbose", () -> c -> c.writeVerbose(text(c, "Message")),
                ParameterSpec.positional("Message", "string", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE)
                        .allowing(ParameterSpec.Allow.EMPTY_STRING)));
        r.register(CmdletDefinition.of("Write-Debug", () -> c -> c.writeDebug(text(c, "Message")),
                ParameterSpec.positional("Message", "string", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE)
                        .allowing(ParameterSpec.Allow.EMPTY_STRING)));
        r.register(CmdletDefinition.of("Write-Warning", () -> c -> c.writeWarning(text(c, "Message")),
                ParameterSpec.positional("Message", "string", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE)
                        .allowing(ParameterSpec.Allow.EMPTY_STRING)));
        r.register(WriteInformationCmdlet.definition());
        r.register(WriteErrorCmdlet.definition());
        r.register(CmdletDefinition.of("Out-Null", () -> c -> { },
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE)));
    }
}

package io.openecma.powershell.cmdlets;

import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.time.Duration;
import java.util.List;

/**
 * New-TimeSpan: the time between -Start and -End (each defaulting to now), or a span built from
 * -Days/-Hours/-Minutes/-Seconds (5.1 has no -Milliseconds). The two forms do not mix.
 */
public final class TimeSpanCmdlets {
    private static final List<String> PARTS = List.of("Days", "Hours", "Minutes", "Seconds");

    private TimeSpanCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("New-TimeSpan", () -> TimeSpanCmdlets::newTimeSpan,
                ParameterSpec.positional("Start", "datetime", 0).fromPipeline(PipelineInput.BY_PROPERTY_NAME)
                        .withAliases("LastWriteTime"),
                ParameterSpec.positional("End", "datetime", 1).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.named("Days", "int"), ParameterSpec.named("Hours", "int"),
                ParameterSpec.named("Minutes", "int"), ParameterSpec.named("Seconds", "int")));
    }

    private static void newTimeSpan(CommandContext c) {
        boolean dates = c.isBound("Start") || c.isBound("End");
        if (dates && PARTS.stream().anyMatch(c::isBound)) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingException",
                    "Parameter set cannot be resolved using the specified named parameters.", "AmbiguousParameterSet",
                    "InvalidArgument");
        }
        if (dates) {
            DotNetDateTime now = DotNetDateTime.now(java.time.ZoneId.systemDefault());
            DotNetDateTime start = c.isBound("Start") ? (DotNetDateTime) LanguagePrimitives.base(c.parameter("Start")) : now;
            DotNetDateTime end = c.isBound("End") ? (DotNetDateTime) LanguagePrimitives.base(c.parameter("End")) : now;
            c.writeObject(Duration.between(start.value(), end.value()));
            return;
        }
        long seconds = part(c, "Days") * 86400L + part(c, "Hours") * 3600L + part(c, "Minutes") * 60L + part(c, "Seconds");
        c.writeObject(Duration.ofSeconds(seconds));
    }

    private static long part(CommandContext c, String name) {
        return c.isBound(name) ? LanguagePrimitives.toNumber(c.parameter(name)).longValue() : 0;
    }
}

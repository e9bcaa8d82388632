package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.SessionHistory;
import io.openecma.powershell.types.history.HistoryInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Get-History, Add-History and Clear-History over the runspace's {@link SessionHistory} (History.cs;
 * messages from HistoryStrings.resx). Invoke-History is {@link InvokeHistoryCmdlet}.
 */
public final class HistoryCmdlets {
    private HistoryCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-History", () -> HistoryCmdlets::get,
                ParameterSpec.positional("Id", "long[]", 0).fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Count", "int", 1)).withAliases("h", "history", "ghy"));
        r.register(CmdletDefinition.of("Add-History", AddHistoryCmdlet::new,
                ParameterSpec.positional("InputObject", "object[]", 0).fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.switchParameter("PassThru")));
        r.register(CmdletDefinition.of("Clear-History", () -> HistoryCmdlets::clear,
                ParameterSpec.positional("Id", "int[]", 0),
                ParameterSpec.named("CommandLine", "string[]"),
                ParameterSpec.positional("Count", "int", 1),
                ParameterSpec.switchParameter("Newest")).withAliases("clhy"));
        r.register(InvokeHistoryCmdlet.definition());
    }

    static SessionHistory history(CommandContext c) {
        return ((CommandContextImpl) c).interpreter().context().history();
    }

    private static void get(CommandContext c) {
        SessionHistory history = history(c);
        if (c.isBound("Id") && c.parameter("Id") != null) {
            for (Object id : LanguagePrimitives.toList(c.parameter("Id"))) {
                long n = ((Number) LanguagePrimitives.convertTo(id, Long.class)).longValue();
                HistoryInfo entry = history.find(n);
                if (entry != null) {
                    c.writeObject(entry);
                } else {
                    c.writeError("System.ArgumentException", "Cannot locate the history for Id " + n + ".",
                            "GetHistoryNoHistoryForId,Microsoft.PowerShell.Commands.GetHistoryCommand", "ObjectNotFound", n);
                }
            }
            return;
        }
        List<HistoryInfo> all = history.entries();
        int count = all.size();
        if (c.isBound("Count")) {
            count = countOf(c, "GetHistoryCommand");
        }
        all.subList(Math.max(0, all.size() - count), all.size()).forEach(c::writeObject);
    }

    /** -Count is [ValidateRange(0, 0x7fff)] in GetHistoryCommand. */
    private static int countOf(CommandContext c, String command) {
        int count = ((Number) LanguagePrimitives.convertTo(c.parameter("Count"), Integer.class)).intValue();
        if (count < 0 || count > 32767) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot validate argument on parameter 'Count'. The " + count + " argument is "
                            + (count < 0 ? "less than the minimum allowed range of 0" : "greater than the maximum allowed range of 32767")
                            + ". Supply an argument that is " + (count < 0 ? "greater than or equal to 0" : "less than or equal to 32767")
                            + " and then try the command again.",
                    "ParameterArgumentValidationError,Microsoft.PowerShell.Commands." + command, "InvalidData");
        }
        return count;
    }

    /** Clear-History: all entries, the given ids or command lines, or -Count of the oldest (-Newest: newest). */
    private static void clear(CommandContext c) {
        SessionHistory history = history(c);
        List<HistoryInfo> all = history.entries();
        List<HistoryInfo> chosen = new ArrayList<>();
        if (c.isBound("Id") && c.parameter("Id") != null) {
            for (Object id : LanguagePrimitives.toList(c.parameter("Id"))) {
                long n = ((Number) LanguagePrimitives.convertTo(id, Long.class)).longValue();
                HistoryInfo entry = history.find(n);
                if (entry == null) {
                    c.writeError("System.ArgumentException", "Cannot locate the history for Id " + n + ".",
                            "GetHistoryNoHistoryForId,Microsoft.PowerShell.Commands.ClearHistoryCommand", "ObjectNotFound", n);
                } else {
                    chosen.add(entry);
                }
            }
        } else if (c.isBound("CommandLine") && c.parameter("CommandLine") != null) {
            for (Object line : LanguagePrimitives.toList(c.parameter("CommandLine"))) {
                var w = io.openecma.powershell.dotnet.Wildcard.compile(LanguagePrimitives.toStringValue(line), false);
                all.stream().filter(e -> w.matches(e.getCommandLine())).forEach(chosen::add);
            }
        } else {
            chosen.addAll(all);
        }
        if (c.isBound("Count")) {
            int count = Math.min(countOf(c, "ClearHistoryCommand"), chosen.size());
            chosen = c.switchPresent("Newest") ? chosen.subList(chosen.size() - count, chosen.size()) : chosen.subList(0, count);
        }
        chosen.forEach(history::remove);
    }
}

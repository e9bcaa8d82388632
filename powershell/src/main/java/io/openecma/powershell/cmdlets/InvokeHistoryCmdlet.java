package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.SessionHistory;
import io.openecma.powershell.types.facades.ScriptBlockStatics;
import io.openecma.powershell.types.history.HistoryInfo;
import java.util.List;

/**
 * Invoke-History (InvokeHistoryCommand): re-runs one history entry, the last one, the one with that id or
 * the newest whose command line starts with the given text. The running pipeline is recorded as the command
 * it re-ran; an entry already being re-run is a loop (InvokeHistoryLoopDetected).
 */
final class InvokeHistoryCmdlet implements Cmdlet {
    private static final String COMMAND = ",Microsoft.PowerShell.Commands.InvokeHistoryCommand";
    private int ids;
    private String id;

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Invoke-History", InvokeHistoryCmdlet::new,
                ParameterSpec.positional("Id", "string", 0).fromPipeline(PipelineInput.BY_PROPERTY_NAME))
                .withAliases("r", "ihy");
    }

    @Override
    public void process(CommandContext c) {
        if (c.isBound("Id")) {
            ids++;
            id = LanguagePrimitives.toStringValue(c.parameter("Id"));
        }
    }

    @Override
    public void end(CommandContext c) {
        if (ids > 1) {
            throw c.terminatingError("System.ArgumentException", "Cannot process multiple history commands. You can only "
                    + "run a single command by using Invoke-History.", "InvokeHistoryMultipleCommandsError" + COMMAND,
                    "InvalidArgument");
        }
        SessionHistory history = HistoryCmdlets.history(c);
        HistoryInfo entry = entryToInvoke(c, history);
        if (!history.startInvoking(entry.getId())) {
            throw c.terminatingError("System.InvalidOperationException", "The Invoke-History cmdlet is called repeatedly, "
                    + "in a loop.", "InvokeHistoryLoopDetected" + COMMAND, "InvalidOperation");
        }
        try {
            history.replacePendingLine(entry.getCommandLine());
            // 5.1 echoes the command through Host.UI.WriteLine, which is no stream; the engine has no such host call
            for (Object o : c.invoke(ScriptBlockStatics.Create(entry.getCommandLine()), null)) {
                c.writeObject(o);
            }
        } finally {
            history.stopInvoking(entry.getId());
        }
    }

    private HistoryInfo entryToInvoke(CommandContext c, SessionHistory history) {
        List<HistoryInfo> all = history.entries();
        if (id == null) {
            if (all.isEmpty()) {
                throw c.terminatingError("System.InvalidOperationException", "Cannot locate most recent history.",
                        "InvokeHistoryNoLastHistoryEntryFound" + COMMAND, "InvalidOperation");
            }
            return all.get(all.size() - 1);
        }
        Long number = number(id);
        if (number != null) {
            HistoryInfo entry = history.find(number);
            if (entry == null) {
                throw c.terminatingError("System.ArgumentException", "Cannot locate the history for Id " + number + ".",
                        "InvokeHistoryNoHistoryForId" + COMMAND, "ObjectNotFound");
            }
            return entry;
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).getCommandLine().startsWith(id)) {
                return all.get(i);
            }
        }
        throw c.terminatingError("System.ArgumentException", "Cannot locate the history for command line " + id + ".",
                "InvokeHistoryNoHistoryForCommandline" + COMMAND, "ObjectNotFound");
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

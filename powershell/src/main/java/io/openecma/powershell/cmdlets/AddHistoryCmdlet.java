package io.openecma.powershell.cmdlets;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.globalization.CultureInfoValue;
import io.openecma.powershell.types.globalization.CurrentCultures;
import io.openecma.powershell.types.history.HistoryInfo;
import io.openecma.powershell.types.history.PipelineState;
import java.time.ZoneId;

/**
 * Add-History (AddHistoryCommand): each input object with CommandLine, ExecutionStatus, StartExecutionTime
 * and EndExecutionTime becomes a new entry; times in text are read in the current culture. Its begin adds the
 * running pipeline's own entry first, as LocalPipeline does for Add-History.
 */
final class AddHistoryCmdlet implements Cmdlet {

    @Override
    public void begin(CommandContext c) {
        HistoryCmdlets.history(c).commitPending();
    }

    @Override
    public void process(CommandContext c) {
        Object input = c.isBound("InputObject") ? c.parameter("InputObject") : c.currentInput();
        if (input == null) {
            return;
        }
        for (Object item : LanguagePrimitives.toList(input)) {
            HistoryInfo info = entryOf(item);
            if (info == null) {
                c.writeError("System.IO.InvalidDataException", "Cannot add history because the input object has a format "
                        + "that is not valid.", "AddHistoryInvalidInput,Microsoft.PowerShell.Commands.AddHistoryCommand",
                        "InvalidData", item);
                continue;
            }
            HistoryInfo added = HistoryCmdlets.history(c).add(info);
            if (c.switchPresent("PassThru")) {
                c.writeObject(added);
            }
        }
    }

    private static HistoryInfo entryOf(Object item) {
        Object line = LanguagePrimitives.base(property(item, "CommandLine"));
        if (!(line instanceof String commandLine)) {
            return null;
        }
        PipelineState state = stateOf(property(item, "ExecutionStatus"));
        DotNetDateTime start = timeOf(property(item, "StartExecutionTime"));
        DotNetDateTime end = timeOf(property(item, "EndExecutionTime"));
        return state == null || start == null || end == null ? null : new HistoryInfo(0, commandLine, state, start, end);
    }

    private static Object property(Object item, String name) {
        Object v = Members.getProperty(item, name);
        return v == Members.MISSING ? null : v;
    }

    private static PipelineState stateOf(Object value) {
        Object v = LanguagePrimitives.base(value);
        if (v instanceof PipelineState s) {
            return s;
        }
        if (v == null) {
            return null;
        }
        String text = LanguagePrimitives.toStringValue(v).trim();
        for (PipelineState s : PipelineState.values()) {
            if (s.name().equalsIgnoreCase(text) || String.valueOf(s.ordinal()).equals(text)) {
                return s;
            }
        }
        return null;
    }

    /** TryConvertTo&lt;DateTime&gt;(value, CurrentCulture): text in the culture's short date and long time. */
    private static DotNetDateTime timeOf(Object value) {
        Object v = LanguagePrimitives.base(value);
        if (v instanceof DotNetDateTime d) {
            return d;
        }
        if (!(v instanceof String text)) {
            return null;
        }
        CultureInfoValue culture = CurrentCultures.culture();
        try {
            if (culture.getName().isEmpty() || culture.getName().equalsIgnoreCase("en-US")) {
                return DateTimeFormat.parse(text, culture.getName().isEmpty() ? DotNetCulture.INVARIANT : DotNetCulture.EN_US,
                        ZoneId.systemDefault());
            }
            String date = culture.getDateTimeFormat().getShortDatePattern();
            for (String pattern : new String[] {date + " " + culture.getDateTimeFormat().getLongTimePattern(), date + " H:mm:ss",
                date + " h:mm:ss tt", date}) {
                try {
                    return DateTimeFormat.parseExact(text.trim(), pattern, DotNetCulture.EN_US, ZoneId.systemDefault());
                } catch (RuntimeException e) {
                    // try the next pattern
                }
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

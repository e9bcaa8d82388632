package io.openecma.powershell.types.hosting;

import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.NestedRunspace;
import io.openecma.powershell.runtime.SessionHistory;
import io.openecma.powershell.types.history.HistoryInfo;
import io.openecma.powershell.types.history.PipelineState;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Records one PowerShell.Invoke with AddToHistory in the runspace's history, with its end state and time. */
final class HistoryRecording {
    private HistoryRecording() {
    }

    static PSObjectCollection run(SessionHistory history, PSCommand commands, Supplier<PSObjectCollection> invoke) {
        DotNetDateTime start = DotNetDateTime.now(ZoneId.systemDefault());
        history.begin(new HistoryInfo(0, commandLine(commands.statements()), PipelineState.Running, start, start));
        PipelineState[] state = {PipelineState.Failed};
        try {
            PSObjectCollection out = invoke.get();
            state[0] = PipelineState.Completed;
            return out;
        } finally {
            history.end(e -> new HistoryInfo(e.getId(), e.getCommandLine(), state[0], start,
                    DotNetDateTime.now(ZoneId.systemDefault())));
        }
    }

    private static String commandLine(List<List<NestedRunspace.Command>> statements) {
        return statements.stream()
                .map(p -> p.stream().map(NestedRunspace.Command::text).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; "));
    }
}

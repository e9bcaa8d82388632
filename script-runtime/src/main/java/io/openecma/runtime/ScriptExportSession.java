package io.openecma.runtime;

import io.openecma.runtime.ecma2.CSEntryChangeResult;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.PutExportEntriesResults;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.CloseRunStep;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An export run on one {@link Runspace} (see {@link ExportSession}), the same for every
 * runtime: Begin Export when it opens, the Export script per batch, End Export on close.
 */
final class ScriptExportSession implements ExportSession {

    private final SessionCalls calls;
    private final Schema schema;
    private final Object runStep;

    /** Runs Begin Export (when the connector has one) on a runspace opened for this session. */
    ScriptExportSession(ConnectorScripts scripts, Runspace runspace, OpenExportRunStep step,
                        Partition partition, Schema schema) {
        this.calls = new SessionCalls(scripts, runspace, schema);
        this.schema = schema;
        this.runStep = runspace.pass(Ecma2Converter.toScript(step, partition));
        if (scripts.has(ScriptKind.BeginExport)) {
            calls.none(ScriptKind.BeginExport, Map.of("OpenExportConnectionRunStep", runStep));
        }
    }

    @Override
    public List<io.openecma.schemas.ecma.CSEntryChangeResult> export(List<CSEntryChange> batch) {
        if (!calls.open()) {
            throw new IllegalStateException("The export session is closed or failed; open a new one.");
        }
        List<io.openecma.runtime.ecma2.CSEntryChange> entries = new ArrayList<>();
        for (CSEntryChange change : batch) {
            entries.add(Ecma2Converter.toScript(change, schema));
        }
        PutExportEntriesResults results = calls.single(ScriptKind.Export, Map.of(
                "CSEntries", calls.pass(entries), "OpenExportConnectionRunStep", runStep), PutExportEntriesResults.class);
        Map<UUID, io.openecma.schemas.ecma.CSEntryChangeResult> byId = new LinkedHashMap<>();
        for (CSEntryChange change : batch) {
            byId.put(change.identifier(), null);
        }
        calls.converted(ScriptKind.Export, () -> {
            int i = 0;
            for (Object item : results.getCSEntryChangeResults()) {
                CSEntryChangeResult r = Ecma2Converter.expect(item, CSEntryChangeResult.class,
                        "PutExportEntriesResults.CSEntryChangeResults[" + i++ + "]");
                if (!byId.containsKey(r.getIdentifier())) {
                    throw new IllegalArgumentException("PutExportEntriesResults has a result for " + r.getIdentifier()
                            + ", which is not in the batch.");
                }
                byId.put(r.getIdentifier(), Ecma2Converter.toModel(r));
            }
            return null;
        });
        List<io.openecma.schemas.ecma.CSEntryChangeResult> answer = new ArrayList<>();
        byId.forEach((id, r) -> answer.add(r != null ? r : io.openecma.schemas.ecma.CSEntryChangeResult.success(id)));
        return answer;
    }

    @Override
    public void close(CloseReason reason) {
        if (calls.open()) {
            calls.end(ScriptKind.EndExport, () -> Map.of("OpenExportConnectionRunStep", runStep,
                    "CloseExportConnectionRunStep", calls.pass(Ecma2Converter.toScriptExportClose(new CloseRunStep(reason, null)))),
                    null);
        }
    }

    @Override
    public void close() {
        close(CloseReason.Normal);
    }
}

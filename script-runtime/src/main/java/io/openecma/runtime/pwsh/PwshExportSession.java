package io.openecma.runtime.pwsh;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.runtime.ExportSession;
import io.openecma.runtime.ResultShapes;
import io.openecma.runtime.ecma2.CSEntryChangeResult;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.PutExportEntriesResults;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.CloseRunStep;
import io.openecma.schemas.ecma.OpenExportRunStep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** An export run in one host process (see {@link ExportSession}); any failure kills the process. */
final class PwshExportSession implements ExportSession {

    private final PwshHost host;
    private final JsonNode runStep;
    private final io.openecma.schemas.ecma.Schema schema;
    private final JsonNode types;
    private HostProcess process;

    PwshExportSession(PwshHost host, OpenExportRunStep step, Partition partition, io.openecma.schemas.ecma.Schema schema) {
        this.host = host;
        this.runStep = WireEncoder.openExport(Ecma2Converter.toScript(step, partition));
        this.schema = schema;
        this.types = WireEncoder.schema(Ecma2Converter.toScript(schema));
        this.process = host.launch(host.has(ScriptKind.BeginExport) ? ScriptKind.BeginExport : ScriptKind.Export);
        if (host.has(ScriptKind.BeginExport)) {
            List<Object> output = guarded(ScriptKind.BeginExport, Map.of("OpenExportConnectionRunStep", runStep));
            ResultShapes.none(host.scriptName(ScriptKind.BeginExport), output, host.streams());
        }
    }

    @Override
    public List<io.openecma.schemas.ecma.CSEntryChangeResult> export(List<CSEntryChange> batch) {
        if (process == null) {
            throw new IllegalStateException("The export session is closed or failed; open a new one.");
        }
        String script = host.scriptName(ScriptKind.Export);
        List<io.openecma.runtime.ecma2.CSEntryChange> entries = new ArrayList<>();
        for (CSEntryChange change : batch) {
            entries.add(Ecma2Converter.toScript(change, schema));
        }
        List<Object> output = guarded(ScriptKind.Export, Map.of("CSEntries", WireEncoder.csEntries(entries),
                "OpenExportConnectionRunStep", runStep));
        PutExportEntriesResults results = guard(() -> ResultShapes.single(ScriptKind.Export, script, output,
                PutExportEntriesResults.class, host.streams()));
        Map<UUID, io.openecma.schemas.ecma.CSEntryChangeResult> byId = new LinkedHashMap<>();
        for (CSEntryChange change : batch) {
            byId.put(change.identifier(), null);
        }
        guard(() -> host.convert(ScriptKind.Export, () -> {
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
        }));
        List<io.openecma.schemas.ecma.CSEntryChangeResult> answer = new ArrayList<>();
        byId.forEach((id, r) -> answer.add(r != null ? r : io.openecma.schemas.ecma.CSEntryChangeResult.success(id)));
        return answer;
    }

    @Override
    public void close(CloseReason reason) {
        if (process == null) {
            return;
        }
        try {
            if (host.has(ScriptKind.EndExport)) {
                var step = Ecma2Converter.toScriptExportClose(new CloseRunStep(reason, null));
                List<Object> output = host.run(process, ScriptKind.EndExport, Map.of(
                        "OpenExportConnectionRunStep", runStep, "CloseExportConnectionRunStep", WireEncoder.closeExport(step)));
                ResultShapes.none(host.scriptName(ScriptKind.EndExport), output, host.streams());
            }
        } finally {
            process.close();
            process = null;
        }
    }

    @Override
    public void close() {
        close(CloseReason.Normal);
    }

    private List<Object> guarded(ScriptKind kind, Map<String, JsonNode> params) {
        return guard(() -> {
            Map<String, JsonNode> all = new HashMap<>(params);
            all.put("Types", types);
            all.put("Schema", types);
            return host.run(process, kind, all);
        });
    }

    private <T> T guard(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            if (process != null) {
                process.kill();
                process = null;
            }
            throw e;
        }
    }
}

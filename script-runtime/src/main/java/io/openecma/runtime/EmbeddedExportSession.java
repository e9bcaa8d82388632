package io.openecma.runtime;

import io.openecma.powershell.PowerShellEngine;
import io.openecma.runtime.ecma2.CSEntryChangeResult;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.runtime.ecma2.OpenExportConnectionRunStep;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.PutExportEntriesResults;
import io.openecma.runtime.ecma2.Schema;
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

/** An export run on one runspace (see {@link ExportSession}). */
final class EmbeddedExportSession implements ExportSession {

    private final ScriptHost host;
    private final OpenExportConnectionRunStep runStep;
    private final io.openecma.schemas.ecma.Schema schema;
    private final Schema types;
    private PowerShellEngine engine;

    EmbeddedExportSession(ScriptHost host, OpenExportRunStep step, Partition partition,
                          io.openecma.schemas.ecma.Schema schema) {
        this.host = host;
        this.runStep = Ecma2Converter.toScript(step, partition);
        this.schema = schema;
        this.types = Ecma2Converter.toScript(schema);
        this.engine = host.newEngine();
        if (host.has(ScriptKind.BeginExport)) {
            List<Object> output = guarded(ScriptKind.BeginExport, Map.of("OpenExportConnectionRunStep", runStep));
            ResultShapes.none(host.scriptName(ScriptKind.BeginExport), output, host.streams());
        }
    }

    @Override
    public List<io.openecma.schemas.ecma.CSEntryChangeResult> export(List<CSEntryChange> batch) {
        if (engine == null) {
            throw new IllegalStateException("The export session is closed or failed; open a new one.");
        }
        String script = host.scriptName(ScriptKind.Export);
        List<Object> entries = new ArrayList<>();
        for (CSEntryChange change : batch) {
            entries.add(Ecma2Converter.toScript(change, schema));
        }
        List<Object> output = guarded(ScriptKind.Export, Map.of("CSEntries", entries, "OpenExportConnectionRunStep", runStep));
        PutExportEntriesResults results = discardOnFailure(() -> ResultShapes.single(ScriptKind.Export, script, output,
                PutExportEntriesResults.class, host.streams()));

        Map<UUID, io.openecma.schemas.ecma.CSEntryChangeResult> byId = new LinkedHashMap<>();
        for (CSEntryChange change : batch) {
            byId.put(change.identifier(), null);
        }
        discardOnFailure(() -> {
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
        }, script);
        List<io.openecma.schemas.ecma.CSEntryChangeResult> answer = new ArrayList<>();
        byId.forEach((id, r) -> answer.add(r != null ? r : io.openecma.schemas.ecma.CSEntryChangeResult.success(id)));
        return answer;
    }

    @Override
    public void close(CloseReason reason) {
        if (engine == null) {
            return;
        }
        try {
            if (host.has(ScriptKind.EndExport)) {
                var step = Ecma2Converter.toScriptExportClose(new CloseRunStep(reason, null));
                List<Object> output = host.run(engine, ScriptKind.EndExport,
                        Map.of("OpenExportConnectionRunStep", runStep, "CloseExportConnectionRunStep", step));
                ResultShapes.none(host.scriptName(ScriptKind.EndExport), output, host.streams());
            }
        } finally {
            engine = null;
        }
    }

    @Override
    public void close() {
        close(CloseReason.Normal);
    }

    private List<Object> guarded(ScriptKind kind, Map<String, Object> params) {
        return discardOnFailure(() -> {
            Map<String, Object> all = new HashMap<>(params);
            all.put("Types", types);
            all.put("Schema", types);
            return host.run(engine, kind, all);
        });
    }

    private <T> T discardOnFailure(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            engine = null;
            throw e;
        }
    }

    private <T> T discardOnFailure(java.util.function.Supplier<T> step, String script) {
        return discardOnFailure(() -> EmbeddedScriptRuntime.convert(ScriptKind.Export, script, step));
    }
}

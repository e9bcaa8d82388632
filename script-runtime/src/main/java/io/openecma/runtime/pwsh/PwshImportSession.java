package io.openecma.runtime.pwsh;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.runtime.ImportPage;
import io.openecma.runtime.ImportSession;
import io.openecma.runtime.ResultShapes;
import io.openecma.runtime.ecma2.CSEntryChange;
import io.openecma.runtime.ecma2.CloseImportConnectionResults;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.runtime.ecma2.Ecma2Converter.ImportEntryError;
import io.openecma.runtime.ecma2.GetImportEntriesResults;
import io.openecma.runtime.ecma2.OpenImportConnectionResults;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.CloseRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** An import run in one host process (see {@link ImportSession}); any failure kills the process. */
final class PwshImportSession implements ImportSession {

    private final PwshHost host;
    private final JsonNode runStep;
    private final JsonNode types;
    private HostProcess process;
    private String customData;
    private boolean more = true;

    PwshImportSession(PwshHost host, OpenImportRunStep step, Partition partition, io.openecma.schemas.ecma.Schema schema) {
        this.host = host;
        this.runStep = WireEncoder.openImport(Ecma2Converter.toScript(step, partition));
        this.types = WireEncoder.schema(Ecma2Converter.toScript(schema));
        this.process = host.launch(host.has(ScriptKind.BeginImport) ? ScriptKind.BeginImport : ScriptKind.Import);
        if (host.has(ScriptKind.BeginImport)) {
            List<Object> output = guarded(ScriptKind.BeginImport, Map.of("OpenImportConnectionRunStep", runStep));
            OpenImportConnectionResults opened = guard(() -> ResultShapes.single(ScriptKind.BeginImport,
                    host.scriptName(ScriptKind.BeginImport), output, OpenImportConnectionResults.class, host.streams()));
            customData = opened.getCustomData();
        }
    }

    @Override
    public ImportPage nextPage() {
        if (process == null) {
            throw new IllegalStateException("The import session is closed or failed; open a new one.");
        }
        if (!more) {
            throw new IllegalStateException("The Import script said there is nothing more to import.");
        }
        List<Object> output = guarded(ScriptKind.Import, Map.of(
                "GetImportEntriesRunStep", WireEncoder.importRunStep(customData),
                "OpenImportConnectionRunStep", runStep));
        String script = host.scriptName(ScriptKind.Import);
        GetImportEntriesResults page = guard(() -> ResultShapes.single(ScriptKind.Import, script, output,
                GetImportEntriesResults.class, host.streams()));
        List<io.openecma.schemas.ecma.CSEntryChange> entries = new ArrayList<>();
        List<ImportEntryError> errors = new ArrayList<>();
        guard(() -> host.convert(ScriptKind.Import, () -> {
            int i = 0;
            for (Object item : page.getCSEntries()) {
                CSEntryChange change = Ecma2Converter.expect(item, CSEntryChange.class,
                        "GetImportEntriesResults.CSEntries[" + i++ + "]");
                var error = Ecma2Converter.importError(change);
                if (error.isPresent()) {
                    errors.add(error.get());
                } else {
                    entries.add(Ecma2Converter.toModel(change));
                }
            }
            return null;
        }));
        more = page.getMoreToImport();
        customData = page.getCustomData();
        return new ImportPage(entries, errors, more, customData);
    }

    @Override
    public boolean hasMorePages() {
        return more && process != null;
    }

    @Override
    public String close(CloseReason reason) {
        if (process == null) {
            return customData;
        }
        String watermark = customData;
        try {
            if (host.has(ScriptKind.EndImport)) {
                var step = Ecma2Converter.toScriptImportClose(new CloseRunStep(reason, customData));
                List<Object> output = host.run(process, ScriptKind.EndImport, Map.of(
                        "OpenImportConnectionRunStep", runStep, "CloseImportConnectionRunStep", WireEncoder.closeImport(step)));
                CloseImportConnectionResults closed = ResultShapes.single(ScriptKind.EndImport,
                        host.scriptName(ScriptKind.EndImport), output, CloseImportConnectionResults.class, host.streams());
                if (closed.getCustomData() != null && !closed.getCustomData().isEmpty()) {
                    watermark = closed.getCustomData();
                }
            }
            return watermark;
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

    /** Any failure ends the process: the session cannot go on with half-done state. */
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

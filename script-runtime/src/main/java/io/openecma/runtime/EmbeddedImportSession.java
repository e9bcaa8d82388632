package io.openecma.runtime;

import io.openecma.powershell.PowerShellEngine;
import io.openecma.runtime.ecma2.CSEntryChange;
import io.openecma.runtime.ecma2.CloseImportConnectionResults;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.runtime.ecma2.Ecma2Converter.ImportEntryError;
import io.openecma.runtime.ecma2.GetImportEntriesResults;
import io.openecma.runtime.ecma2.ImportRunStep;
import io.openecma.runtime.ecma2.OpenImportConnectionResults;
import io.openecma.runtime.ecma2.OpenImportConnectionRunStep;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.Schema;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.CloseRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An import run on one runspace (see {@link ImportSession}). */
final class EmbeddedImportSession implements ImportSession {

    private final ScriptHost host;
    private final OpenImportConnectionRunStep runStep;
    private final Schema types;
    private PowerShellEngine engine;
    private String customData;
    private boolean more = true;

    EmbeddedImportSession(ScriptHost host, OpenImportRunStep step, Partition partition,
                          io.openecma.schemas.ecma.Schema schema) {
        this.host = host;
        this.runStep = Ecma2Converter.toScript(step, partition);
        this.types = Ecma2Converter.toScript(schema);
        this.engine = host.newEngine();
        if (host.has(ScriptKind.BeginImport)) {
            List<Object> output = guarded(ScriptKind.BeginImport, Map.of("OpenImportConnectionRunStep", runStep));
            OpenImportConnectionResults opened = shape(() -> ResultShapes.single(ScriptKind.BeginImport,
                    host.scriptName(ScriptKind.BeginImport), output, OpenImportConnectionResults.class, host.streams()));
            customData = opened.getCustomData();
        }
    }

    @Override
    public ImportPage nextPage() {
        if (engine == null) {
            throw new IllegalStateException("The import session is closed or failed; open a new one.");
        }
        if (!more) {
            throw new IllegalStateException("The Import script said there is nothing more to import.");
        }
        List<Object> output = guarded(ScriptKind.Import, Map.of(
                "GetImportEntriesRunStep", new ImportRunStep(customData),
                "OpenImportConnectionRunStep", runStep));
        String script = host.scriptName(ScriptKind.Import);
        GetImportEntriesResults page = shape(() -> ResultShapes.single(ScriptKind.Import, script, output,
                GetImportEntriesResults.class, host.streams()));
        List<io.openecma.schemas.ecma.CSEntryChange> entries = new ArrayList<>();
        List<ImportEntryError> errors = new ArrayList<>();
        shape(() -> EmbeddedScriptRuntime.convert(ScriptKind.Import, script, () -> {
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
        return more && engine != null;
    }

    @Override
    public String close(CloseReason reason) {
        if (engine == null) {
            return customData;
        }
        String watermark = customData;
        try {
            if (host.has(ScriptKind.EndImport)) {
                var step = Ecma2Converter.toScriptImportClose(new CloseRunStep(reason, customData));
                List<Object> output = host.run(engine, ScriptKind.EndImport,
                        Map.of("OpenImportConnectionRunStep", runStep, "CloseImportConnectionRunStep", step));
                CloseImportConnectionResults closed = ResultShapes.single(ScriptKind.EndImport,
                        host.scriptName(ScriptKind.EndImport), output, CloseImportConnectionResults.class, host.streams());
                if (closed.getCustomData() != null && !closed.getCustomData().isEmpty()) {
                    watermark = closed.getCustomData();
                }
            }
            return watermark;
        } finally {
            engine = null;
        }
    }

    @Override
    public void close() {
        close(CloseReason.Normal);
    }

    private List<Object> guarded(ScriptKind kind, Map<String, Object> params) {
        return shape(() -> {
            Map<String, Object> all = new java.util.HashMap<>(params);
            all.put("Types", types);
            all.put("Schema", types);
            return host.run(engine, kind, all);
        });
    }

    /** Any failure discards the runspace: the session cannot go on with half-done state. */
    private <T> T shape(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            engine = null;
            throw e;
        }
    }
}

package io.openecma.runtime;

import io.openecma.runtime.ecma2.CSEntryChange;
import io.openecma.runtime.ecma2.CloseImportConnectionResults;
import io.openecma.runtime.ecma2.Ecma2Converter;
import io.openecma.runtime.ecma2.Ecma2Converter.ImportEntryError;
import io.openecma.runtime.ecma2.GetImportEntriesResults;
import io.openecma.runtime.ecma2.ImportRunStep;
import io.openecma.runtime.ecma2.OpenImportConnectionResults;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.CloseRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An import run on one {@link Runspace} (see {@link ImportSession}), the same for every
 * runtime: Begin Import when it opens, the Import script per page with the previous page's
 * CustomData, End Import on close; entries the script flags with an error are kept apart.
 */
final class ScriptImportSession implements ImportSession {

    private final SessionCalls calls;
    private final Object runStep;
    private String customData;
    private boolean more = true;

    /** Runs Begin Import (when the connector has one) on a runspace opened for this session. */
    ScriptImportSession(ConnectorScripts scripts, Runspace runspace, OpenImportRunStep step,
                        Partition partition, Schema schema) {
        this.calls = new SessionCalls(scripts, runspace, schema);
        this.runStep = runspace.pass(Ecma2Converter.toScript(step, partition));
        if (scripts.has(ScriptKind.BeginImport)) {
            OpenImportConnectionResults opened = calls.single(ScriptKind.BeginImport,
                    Map.of("OpenImportConnectionRunStep", runStep), OpenImportConnectionResults.class);
            customData = opened.getCustomData();
        }
    }

    @Override
    public ImportPage nextPage() {
        if (!calls.open()) {
            throw new IllegalStateException("The import session is closed or failed; open a new one.");
        }
        if (!more) {
            throw new IllegalStateException("The Import script said there is nothing more to import.");
        }
        GetImportEntriesResults page = calls.single(ScriptKind.Import, Map.of(
                "GetImportEntriesRunStep", calls.pass(new ImportRunStep(customData)),
                "OpenImportConnectionRunStep", runStep), GetImportEntriesResults.class);
        List<io.openecma.schemas.ecma.CSEntryChange> entries = new ArrayList<>();
        List<ImportEntryError> errors = new ArrayList<>();
        calls.converted(ScriptKind.Import, () -> {
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
        });
        more = page.getMoreToImport();
        customData = page.getCustomData();
        return new ImportPage(entries, errors, more, customData);
    }

    @Override
    public boolean hasMorePages() {
        return more && calls.open();
    }

    @Override
    public String close(CloseReason reason) {
        if (!calls.open()) {
            return customData;
        }
        String watermark = customData;
        CloseImportConnectionResults closed = calls.end(ScriptKind.EndImport, () -> Map.of(
                "OpenImportConnectionRunStep", runStep,
                "CloseImportConnectionRunStep", calls.pass(Ecma2Converter.toScriptImportClose(new CloseRunStep(reason, customData)))),
                CloseImportConnectionResults.class);
        if (closed != null && closed.getCustomData() != null && !closed.getCustomData().isEmpty()) {
            watermark = closed.getCustomData();
        }
        return watermark;
    }

    @Override
    public void close() {
        close(CloseReason.Normal);
    }
}

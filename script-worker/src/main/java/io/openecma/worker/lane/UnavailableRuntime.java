package io.openecma.worker.lane;

import io.openecma.runtime.ExportSession;
import io.openecma.runtime.ImportSession;
import io.openecma.runtime.PasswordCall;
import io.openecma.runtime.ScriptRuntime;
import io.openecma.runtime.ValidationResult;
import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.Schema;

import java.util.List;

/**
 * Stands in for a runtime this worker does not have (a connector asking for pwsh): every call
 * fails with the reason, so each batch and request is answered with a clear error, none dropped.
 */
final class UnavailableRuntime implements ScriptRuntime {

    private final String reason;

    UnavailableRuntime(String reason) {
        this.reason = reason;
    }

    private IllegalStateException unavailable() {
        return new IllegalStateException(reason);
    }

    @Override
    public Schema schema() {
        throw unavailable();
    }

    @Override
    public ValidationResult validate(ConfigParameterPage page) {
        throw unavailable();
    }

    @Override
    public List<PartitionInfo> partitions() {
        throw unavailable();
    }

    @Override
    public List<HierarchyNodeInfo> hierarchy(HierarchyNodeInfo parent) {
        throw unavailable();
    }

    @Override
    public ImportSession openImportSession(OpenImportRunStep step, Schema types) {
        throw unavailable();
    }

    @Override
    public ExportSession openExportSession(OpenExportRunStep step, Schema types) {
        throw unavailable();
    }

    @Override
    public void password(PasswordCall call) {
        throw unavailable();
    }
}

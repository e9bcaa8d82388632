package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.CloseReason;

/** Microsoft.MetadirectoryServices.CloseExportConnectionRunStep: why the export ends. */
public final class CloseExportConnectionRunStep {

    private final CloseReason reason;

    public CloseExportConnectionRunStep(CloseReason reason) {
        this.reason = reason;
    }

    public CloseReason getReason() {
        return reason;
    }
}

package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.CloseReason;

/** Microsoft.MetadirectoryServices.CloseImportConnectionRunStep: why the import ends, and the last watermark. */
public final class CloseImportConnectionRunStep {

    private final CloseReason reason;
    private final String customData;

    public CloseImportConnectionRunStep(CloseReason reason, String customData) {
        this.reason = reason;
        this.customData = customData;
    }

    public CloseReason getReason() {
        return reason;
    }

    public String getCustomData() {
        return customData;
    }
}

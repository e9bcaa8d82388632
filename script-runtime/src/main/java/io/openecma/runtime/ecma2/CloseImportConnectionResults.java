package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.CloseImportConnectionResults: what End Import returns; CustomData is a final watermark. */
public final class CloseImportConnectionResults {

    private String customData;

    public CloseImportConnectionResults() {
    }

    public CloseImportConnectionResults(String customData) {
        this.customData = customData;
    }

    public String getCustomData() {
        return customData;
    }

    public void setCustomData(String customData) {
        this.customData = customData;
    }
}

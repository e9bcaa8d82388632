package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.OpenImportConnectionResults: what Begin Import returns. */
public final class OpenImportConnectionResults {

    private String customData;

    public OpenImportConnectionResults() {
    }

    public OpenImportConnectionResults(String customData) {
        this.customData = customData;
    }

    public String getCustomData() {
        return customData;
    }

    public void setCustomData(String customData) {
        this.customData = customData;
    }
}

package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.ImportRunStep: $GetImportEntriesRunStep, the previous page's CustomData. */
public final class ImportRunStep {

    private String customData;

    public ImportRunStep() {
    }

    public ImportRunStep(String customData) {
        this.customData = customData;
    }

    public String getCustomData() {
        return customData;
    }

    public void setCustomData(String customData) {
        this.customData = customData;
    }
}

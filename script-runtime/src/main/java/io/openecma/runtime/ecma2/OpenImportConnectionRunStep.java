package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.ImportType;

/** Microsoft.MetadirectoryServices.OpenImportConnectionRunStep: the import run as Begin Import, Import and End Import see it. */
public final class OpenImportConnectionRunStep {

    private final ImportType importType;
    private final int pageSize;
    private String customData;
    private final Partition stepPartition;

    public OpenImportConnectionRunStep(Partition stepPartition, ImportType importType, int pageSize, String customData) {
        this.stepPartition = stepPartition;
        this.importType = importType;
        this.pageSize = pageSize;
        this.customData = customData;
    }

    public ImportType getImportType() {
        return importType;
    }

    public int getPageSize() {
        return pageSize;
    }

    public String getCustomData() {
        return customData;
    }

    public void setCustomData(String customData) {
        this.customData = customData;
    }

    public Partition getStepPartition() {
        return stepPartition;
    }
}

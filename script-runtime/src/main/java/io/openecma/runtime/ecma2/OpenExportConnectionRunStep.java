package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.ExportType;

/** Microsoft.MetadirectoryServices.OpenExportConnectionRunStep: the export run as Begin Export, Export and End Export see it. */
public final class OpenExportConnectionRunStep {

    private final Partition stepPartition;
    private final ExportType exportType;
    private final int batchSize;

    public OpenExportConnectionRunStep(Partition stepPartition, int batchSize, ExportType exportType) {
        this.stepPartition = stepPartition;
        this.batchSize = batchSize;
        this.exportType = exportType;
    }

    public Partition getStepPartition() {
        return stepPartition;
    }

    public ExportType getExportType() {
        return exportType;
    }

    public int getBatchSize() {
        return batchSize;
    }
}

package io.openecma.schemas.ecma;

/** What Begin Export, Export and End Export learn about the run (OpenExportConnectionRunStep). */
public record OpenExportRunStep(ExportType exportType, int batchSize, String partition) {
}

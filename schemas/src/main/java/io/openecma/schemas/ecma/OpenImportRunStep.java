package io.openecma.schemas.ecma;

/**
 * What Begin Import, Import and End Import learn about the run (OpenImportConnectionRunStep):
 * full or delta, page size, the watermark from the previous run, and the partition (null for the default).
 */
public record OpenImportRunStep(ImportType importType, int pageSize, String customData, String partition) {
}

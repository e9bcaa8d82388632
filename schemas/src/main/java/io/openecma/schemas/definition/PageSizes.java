package io.openecma.schemas.definition;

/** Objects per Import page (PageSizeFullImport) and per Export call (PageSizeExport). */
public record PageSizes(int importPageSize, int exportBatchSize) {
}

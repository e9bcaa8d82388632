package io.openecma.core.space;

/**
 * Fired inside the transaction that gave an object of {@code connector} a pending export; its
 * observers act once that transaction committed (the export batcher sends it then).
 */
public record ExportPending(String connector) {
}

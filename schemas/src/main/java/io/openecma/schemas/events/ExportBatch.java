package io.openecma.schemas.events;

import io.openecma.schemas.ecma.ExportType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Pending exports of one connector for one Export script call (sync-core to script-worker, topic
 * openecma.exports.&lt;connector&gt;). The message id is the batch id; {@code attempt} counts redeliveries
 * sync-core made after failures, starting at 1.
 */
public record ExportBatch(int schemaVersion, UUID messageId, String connector, ExportType exportType, int attempt,
                          List<ExportItem> items, Instant createdAt) implements Message {

    public ExportBatch {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(exportType, "exportType");
        Objects.requireNonNull(createdAt, "createdAt");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The batch id, which is the message id. */
    public UUID batchId() {
        return messageId;
    }
}

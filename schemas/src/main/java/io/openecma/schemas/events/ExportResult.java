package io.openecma.schemas.events;

import io.openecma.schemas.ecma.CSEntryChangeResult;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the Export script reported for a batch (script-worker to sync-core, topic openecma.results).
 * An object of the batch without a result was exported successfully (as in ECMA2, where
 * PutExportEntriesResults need only list errors). {@code failure} is set when the batch as a whole
 * failed; then {@code results} holds only what the script reported before failing.
 */
public record ExportResult(int schemaVersion, UUID messageId, UUID batchId, String connector, String workerId,
                           List<CSEntryChangeResult> results, BatchFailure failure, Instant completedAt)
        implements WorkerResult {

    public ExportResult {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(completedAt, "completedAt");
        results = results == null ? List.of() : List.copyOf(results);
    }
}

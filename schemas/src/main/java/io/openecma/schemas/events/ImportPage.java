package io.openecma.schemas.events;

import io.openecma.schemas.ecma.CSEntryChange;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One page the Import script returned (script-worker to sync-core, topic openecma.results), numbered
 * from 1 within the run. {@code customData} is the watermark after this page; the run ends with the
 * first page whose {@code moreToImport} is false or whose {@code failure} is set.
 */
public record ImportPage(int schemaVersion, UUID messageId, UUID runId, String connector, int pageNumber,
                         List<CSEntryChange> entries, boolean moreToImport, String customData, BatchFailure failure)
        implements WorkerResult {

    public ImportPage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(connector, "connector");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}

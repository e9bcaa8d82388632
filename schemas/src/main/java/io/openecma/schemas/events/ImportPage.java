package io.openecma.schemas.events;

import io.openecma.schemas.ecma.CSEntryChange;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One page the Import script returned (script-worker to sync-core, topic openecma.results), numbered
 * from 1 within the run. {@code customData} is the watermark after this page; the run ends with the
 * first page whose {@code moreToImport} is false or whose {@code failure} is set. {@code entryErrors}
 * are the page's entries the script flagged with an import error, kept apart from {@code entries}
 * (added later: a message written without it reads as a page without such entries).
 */
public record ImportPage(int schemaVersion, UUID messageId, UUID runId, String connector, int pageNumber,
                         List<CSEntryChange> entries, boolean moreToImport, String customData, BatchFailure failure,
                         List<ImportEntryError> entryErrors)
        implements WorkerResult {

    public ImportPage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(connector, "connector");
        entries = entries == null ? List.of() : List.copyOf(entries);
        entryErrors = entryErrors == null ? List.of() : List.copyOf(entryErrors);
    }

    /** A page without entries flagged with an error. */
    public ImportPage(int schemaVersion, UUID messageId, UUID runId, String connector, int pageNumber,
                      List<CSEntryChange> entries, boolean moreToImport, String customData, BatchFailure failure) {
        this(schemaVersion, messageId, runId, connector, pageNumber, entries, moreToImport, customData, failure, List.of());
    }
}

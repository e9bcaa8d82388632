package io.openecma.schemas.events;

import io.openecma.schemas.ecma.ImportType;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Asks a worker to run a full or delta import (sync-core to script-worker, topic
 * openecma.imports.&lt;connector&gt;). {@code watermark} is the CustomData the last run ended with
 * (null for a first full import).
 */
public record ImportRequest(int schemaVersion, UUID messageId, UUID runId, String connector, ImportType importType,
                            String watermark, int pageSize, Instant requestedAt) implements WorkerRequest {

    public ImportRequest {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(importType, "importType");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}

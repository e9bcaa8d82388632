package io.openecma.schemas.events;

import java.util.Objects;
import java.util.UUID;

/** Asks a worker to run the Schema script (sync-core to script-worker, topic openecma.imports.&lt;connector&gt;). */
public record SchemaRequest(int schemaVersion, UUID messageId, UUID requestId, String connector) implements WorkerRequest {

    public SchemaRequest {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(connector, "connector");
    }
}

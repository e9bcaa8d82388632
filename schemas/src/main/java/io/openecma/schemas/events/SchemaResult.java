package io.openecma.schemas.events;

import io.openecma.schemas.ecma.Schema;

import java.util.Objects;
import java.util.UUID;

/** The Schema script's answer (script-worker to sync-core, topic openecma.results): a schema, or a failure. */
public record SchemaResult(int schemaVersion, UUID messageId, UUID requestId, String connector, Schema schema,
                           BatchFailure failure) implements WorkerResult {

    public SchemaResult {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(connector, "connector");
    }
}

package io.openecma.schemas.events;

import java.util.Objects;
import java.util.UUID;

/**
 * The Password script's outcome (password-worker to sync-core, topic openecma.results). On failure
 * {@code errorKind} says which exception the script threw and {@code message} carries its text.
 */
public record PasswordResult(int schemaVersion, UUID messageId, UUID correlationId, String connector, String anchor,
                             boolean success, PasswordErrorKind errorKind, String message) implements WorkerResult {

    public PasswordResult {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(anchor, "anchor");
    }
}

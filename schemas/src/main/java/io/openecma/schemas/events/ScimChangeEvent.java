package io.openecma.schemas.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A validated SCIM write, in connector terms (ingress to sync-core, topic openecma.scim-changes, key
 * connector/anchor).
 *
 * @param correlationId      answered by the {@link ScimOutcome} with the same id
 * @param objectType         the connector object type, e.g. User or Group
 * @param scimId             the SCIM resource id (derived from the anchor)
 * @param active             SCIM active as sent; null when the request did not touch it
 * @param requestFingerprint hash of the request, so a retried identical request is recognised
 * @param hasPassword        the request carried a password; it travels in {@code password}
 * @param password           the password as an encrypted envelope (plaintext JSON {"newPassword":...}), or null
 * @param replyPartition     the partition of openecma.outcomes the waiting ingress replica reads, so that the
 *                           outcome reaches that replica only; null: keyed by correlation id
 */
public record ScimChangeEvent(int schemaVersion, UUID messageId, UUID correlationId, String connector, String objectType,
                              String scimId, String anchor, ChangeOperation operation, List<AttributeDelta> deltas,
                              Boolean active, String requestFingerprint, boolean hasPassword, Instant occurredAt,
                              EncryptedEnvelope password, Integer replyPartition) implements Message {

    /** An event whose outcome may go to any partition of openecma.outcomes. */
    public ScimChangeEvent(int schemaVersion, UUID messageId, UUID correlationId, String connector, String objectType,
                           String scimId, String anchor, ChangeOperation operation, List<AttributeDelta> deltas,
                           Boolean active, String requestFingerprint, boolean hasPassword, Instant occurredAt,
                           EncryptedEnvelope password) {
        this(schemaVersion, messageId, correlationId, connector, objectType, scimId, anchor, operation, deltas, active,
                requestFingerprint, hasPassword, occurredAt, password, null);
    }

    public ScimChangeEvent {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(occurredAt, "occurredAt");
        deltas = deltas == null ? List.of() : List.copyOf(deltas);
        if (replyPartition != null && replyPartition < 0) {
            throw new IllegalArgumentException("replyPartition must not be negative");
        }
    }
}

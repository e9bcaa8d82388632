package io.openecma.schemas.events;

import java.util.Objects;
import java.util.UUID;

/**
 * The answer to a waiting SCIM request (sync-core to scim-ingress, topic openecma.outcomes, key
 * correlation id).
 *
 * @param httpStatus        the status sync-core suggests (200/201/204, 409 for a duplicate anchor,
 *                          400 for a data error, 503 for a transient fault)
 * @param scimType          SCIM error type (e.g. uniqueness, invalidValue), null on success
 * @param detail            the error detail, typically the script's message; null on success
 * @param retryAfterSeconds for 503, when to retry; otherwise null
 * @param object            the object as it now is; null after a delete or when it was never created
 */
public record ScimOutcome(int schemaVersion, UUID messageId, UUID correlationId, String connector, OutcomeStatus status,
                          int httpStatus, String scimType, String detail, Integer retryAfterSeconds, ObjectView object)
        implements Message {

    public ScimOutcome {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(status, "status");
    }
}

package io.openecma.schemas.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message that could not be processed and was set aside (topic openecma.dead-letters): where it
 * came from, its key, why, and its payload as received (a JSON string, or the raw text when it was
 * not JSON).
 */
public record DeadLetter(int schemaVersion, UUID messageId, String originalTopic, String key, String reason,
                         String payload, Instant failedAt) implements Message {

    public DeadLetter {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(originalTopic, "originalTopic");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}

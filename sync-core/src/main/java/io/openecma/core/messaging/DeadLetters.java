package io.openecma.core.messaging;

import io.openecma.schemas.events.DeadLetter;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.topics.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

/** Sets a message aside: stored for the admin API and published on openecma.dead-letters. */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String connector, String originalTopic, String key, String reason, String payload) {
        DeadLetter letter = new DeadLetter(Message.CURRENT_VERSION, UUID.randomUUID(), originalTopic, key, reason,
                payload, Instant.now());
        DeadLetterRecord stored = new DeadLetterRecord();
        stored.messageId = letter.messageId();
        stored.connector = connector;
        stored.originalTopic = originalTopic;
        stored.key = key;
        stored.reason = reason;
        stored.payload = payload;
        stored.failedAt = letter.failedAt();
        stored.persist();
        outbox.send(Topics.DEAD_LETTERS, key, letter);
        metrics.counter("openecma.dead.letters", "topic", originalTopic).increment();
        LOG.warnf("dead letter from %s (key %s): %s", originalTopic, key, reason);
    }
}

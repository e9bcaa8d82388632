package io.openecma.core.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.openecma.schemas.events.DeadLetter;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.topics.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads openecma.dead-letters and keeps what the workers set aside (a request they could not read,
 * a password request that cannot be answered) in the dead_letter table, beside sync-core's own, so
 * the admin API and the console show them. sync-core's own dead letters come back on the same
 * topic; they are stored already (same message id) and are skipped. A record that is no dead
 * letter is logged and skipped: setting a dead letter aside again would loop.
 */
@ApplicationScoped
public class WorkerDeadLetters {

    private static final Logger LOG = Logger.getLogger(WorkerDeadLetters.class);

    @Inject
    MeterRegistry metrics;

    @Incoming("dead-letters")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        DeadLetter letter;
        try {
            letter = Json.read(record.value(), DeadLetter.class);
        } catch (RuntimeException e) {
            LOG.errorf("record at %s-%d@%d is no dead letter and is skipped: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        if (DeadLetterRecord.findById(letter.messageId()) != null) {
            return;
        }
        DeadLetterRecord stored = new DeadLetterRecord();
        stored.messageId = letter.messageId();
        stored.connector = connectorOf(letter.originalTopic());
        stored.originalTopic = letter.originalTopic();
        stored.key = letter.key();
        stored.reason = letter.reason();
        stored.payload = letter.payload();
        stored.failedAt = letter.failedAt();
        stored.persist();
        metrics.counter("openecma.dead.letters", "topic", letter.originalTopic()).increment();
        LOG.warnf("dead letter from a worker (%s, key %s): %s", letter.originalTopic(), letter.key(), letter.reason());
    }

    /** The connector a worker's topic belongs to (exports, imports or passwords of one connector), else null. */
    static String connectorOf(String topic) {
        for (String prefix : new String[] {Topics.EXPORTS_PREFIX, Topics.IMPORTS_PREFIX, Topics.PASSWORDS_PREFIX}) {
            if (topic.startsWith(prefix) && topic.length() > prefix.length()) {
                return topic.substring(prefix.length());
            }
        }
        return null;
    }
}

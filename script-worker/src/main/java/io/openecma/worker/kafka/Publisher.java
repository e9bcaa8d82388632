package io.openecma.worker.kafka;

import io.openecma.schemas.events.DeadLetter;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.WorkerResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.schemas.tracing.KafkaTracing;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes results and dead letters and returns only once Kafka acknowledged them (acks=all):
 * the caller commits its consumer offset after that, so a crash in between re-runs the work
 * rather than losing its result.
 */
@ApplicationScoped
public class Publisher {

    @Inject
    KafkaSettings kafka;
    /** The work's trace goes on in the result's headers (a no-op while tracing is off). */
    @Inject
    KafkaTracing tracing = KafkaTracing.OFF;

    private KafkaProducer<String, byte[]> producer;

    @PostConstruct
    void open() {
        producer = new KafkaProducer<>(kafka.producer("openecma-script-worker-results"));
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }

    /** Import pages go to their own lane, everything else a worker reports to openecma.results. */
    public void result(String key, WorkerResult result) {
        send(result instanceof ImportPage ? Topics.IMPORT_PAGES : Topics.RESULTS, key, result);
    }

    public void deadLetter(String originalTopic, String key, String reason, byte[] payload) {
        String text = payload == null ? null : new String(payload, java.nio.charset.StandardCharsets.UTF_8);
        send(Topics.DEAD_LETTERS, key == null ? "" : key, new DeadLetter(Message.CURRENT_VERSION, UUID.randomUUID(),
                originalTopic, key, reason, text, Instant.now()));
    }

    private void send(String topic, String key, Message message) {
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, Json.writeBytes(message));
            tracing.inject(record.headers());
            producer.send(record).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException(topic, e);
        }
    }

    /** Kafka did not acknowledge a message; the work that produced it is not committed and runs again. */
    public static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String topic, Throwable cause) {
            super("publishing to " + topic + " failed: " + cause.getMessage(), cause);
        }
    }
}

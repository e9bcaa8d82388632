package io.openecma.password;

import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.kafka.LoopHealth;
import io.openecma.schemas.events.kafka.PollFailures;
import io.openecma.schemas.topics.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One connector's password consumer: handles each request (the result is acknowledged before the
 * handler returns), then commits its offset. A failure to publish seeks back so the request runs
 * again; a crash before the commit re-runs it on the next consumer of the group.
 * <p>
 * A retriable Kafka error ({@link PollFailures}) is logged and polling goes on after a backoff; a
 * fatal one, or an end of the thread {@link #stop()} did not ask for, marks the loop's
 * {@link LoopHealth} dead, which turns the worker's liveness DOWN so it is restarted.
 */
final class PasswordLoop {

    private static final Logger LOG = Logger.getLogger(PasswordLoop.class);

    private final ConnectorSnapshot snapshot;
    private final Consumer<String, byte[]> consumer;
    private final PasswordHandler handler;
    private final LoopHealth health;
    private final Thread thread;
    private volatile boolean running = true;

    PasswordLoop(ConnectorSnapshot snapshot, Map<String, Object> consumerConfig, PasswordHandler handler,
                 LoopHealth health) {
        this(snapshot, new KafkaConsumer<>(consumerConfig), handler, health);
    }

    /** With a consumer of the caller's (a test's {@code MockConsumer}). */
    PasswordLoop(ConnectorSnapshot snapshot, Consumer<String, byte[]> consumer, PasswordHandler handler, LoopHealth health) {
        this.snapshot = snapshot;
        this.consumer = consumer;
        this.handler = handler;
        this.health = health;
        this.thread = new Thread(this::run, "password-" + snapshot.connector());
        this.thread.setDaemon(true);
    }

    String contentHash() {
        return snapshot.contentHash();
    }

    void start() {
        thread.start();
    }

    LoopHealth health() {
        return health;
    }

    /** Lets the request in hand finish (a Password call is short), then leaves the group. */
    void stop() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofMinutes(1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.passwords(snapshot.connector())));
            while (running) {
                try {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        process(record);
                    }
                    health.polled();
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (PollFailures.isFatal(e)) {
                        throw e;
                    }
                    LOG.warnf("connector %s: password consumer: %s; polling again after a pause", snapshot.connector(), e);
                    LoopHealth.pause(health.retrying(e), () -> running);
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException | Error e) {
            health.failed(e);
            LOG.errorf(e, "connector %s: password consumer failed for good; the worker reports itself not alive"
                    + " so it is restarted", snapshot.connector());
        } finally {
            health.ended(!running);
            handler.close();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void process(ConsumerRecord<String, byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try {
            handler.handle(record);
        } catch (RuntimeException e) {
            LOG.errorf("connector %s: password request at %s-%d@%d not finished (%s); it runs again", snapshot.connector(),
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            consumer.seek(partition, record.offset());
            try {
                Thread.sleep(1000);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offset = Map.of(partition, new OffsetAndMetadata(record.offset() + 1));
        try {
            consumer.commitSync(offset);
        } catch (WakeupException e) {
            consumer.commitSync(offset);
            throw e;
        }
    }
}

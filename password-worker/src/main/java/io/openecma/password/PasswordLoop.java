package io.openecma.password;

import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.topics.Topics;
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
 */
final class PasswordLoop {

    private static final Logger LOG = Logger.getLogger(PasswordLoop.class);

    private final ConnectorSnapshot snapshot;
    private final KafkaConsumer<String, byte[]> consumer;
    private final PasswordHandler handler;
    private final Thread thread;
    private volatile boolean running = true;

    PasswordLoop(ConnectorSnapshot snapshot, Map<String, Object> consumerConfig, PasswordHandler handler) {
        this.snapshot = snapshot;
        this.consumer = new KafkaConsumer<>(consumerConfig);
        this.handler = handler;
        this.thread = new Thread(this::run, "password-" + snapshot.connector());
        this.thread.setDaemon(true);
    }

    String contentHash() {
        return snapshot.contentHash();
    }

    void start() {
        thread.start();
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
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    process(record);
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.errorf(e, "connector %s: password consumer failed", snapshot.connector());
        } finally {
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

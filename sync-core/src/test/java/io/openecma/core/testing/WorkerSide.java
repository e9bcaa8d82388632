package io.openecma.core.testing;

import io.openecma.schemas.events.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The test's side of the Kafka contract: publishes what the ingress and the workers would, and
 * reads what sync-core publishes, over the real broker. Every topic is read from its beginning
 * into a buffer, so an expectation finds a message whether it came before or after the call.
 */
public final class WorkerSide implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    private final Map<String, KafkaConsumer<String, String>> consumers = new ConcurrentHashMap<>();
    private final Map<String, List<ConsumerRecord<String, String>>> seen = new ConcurrentHashMap<>();

    public void publish(String topic, String key, Object message) {
        try {
            producer.send(new ProducerRecord<>(topic, key, Json.write(message))).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** Publishes raw text (e.g. a malformed message). */
    public void publishRaw(String topic, String key, String text) {
        try {
            producer.send(new ProducerRecord<>(topic, key, text)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** The first message on the topic, of the type, matching the predicate; fails after a timeout. */
    public <T> T await(String topic, Class<T> type, Predicate<T> matching) {
        return awaitRecord(topic, type, matching).message();
    }

    public record Received<T>(String key, T message) {
    }

    public <T> Received<T> awaitRecord(String topic, Class<T> type, Predicate<T> matching) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : records(topic)) {
                T message = readOrNull(record.value(), type);
                if (message != null && matching.test(message)) {
                    return new Received<>(record.key(), message);
                }
            }
            poll(topic);
        }
        throw new AssertionError("no matching " + type.getSimpleName() + " on " + topic + " within " + TIMEOUT);
    }

    /** Every message of the type matching the predicate received so far (after a final poll). */
    public <T> List<T> all(String topic, Class<T> type, Predicate<T> matching) {
        poll(topic);
        List<T> found = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records(topic)) {
            T message = readOrNull(record.value(), type);
            if (message != null && matching.test(message)) {
                found.add(message);
            }
        }
        return found;
    }

    private List<ConsumerRecord<String, String>> records(String topic) {
        return List.copyOf(seen.computeIfAbsent(topic, t -> new ArrayList<>()));
    }

    private synchronized void poll(String topic) {
        KafkaConsumer<String, String> consumer = consumers.computeIfAbsent(topic, t -> {
            KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
            c.subscribe(List.of(t));
            return c;
        });
        List<ConsumerRecord<String, String>> buffer = seen.computeIfAbsent(topic, t -> new ArrayList<>());
        consumer.poll(Duration.ofMillis(200)).forEach(buffer::add);
    }

    private static <T> T readOrNull(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return Json.read(json, type);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        producer.close();
        consumers.values().forEach(KafkaConsumer::close);
    }
}

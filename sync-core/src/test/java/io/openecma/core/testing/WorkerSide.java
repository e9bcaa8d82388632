package io.openecma.core.testing;

import io.openecma.schemas.events.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    public record Received<T>(String key, int partition, T message) {
    }

    public <T> Received<T> awaitRecord(String topic, Class<T> type, Predicate<T> matching) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : records(topic)) {
                T message = readOrNull(record.value(), type);
                if (message != null && matching.test(message)) {
                    return new Received<>(record.key(), record.partition(), message);
                }
            }
            poll(topic);
        }
        throw new AssertionError("no matching " + type.getSimpleName() + " on " + topic + " within " + TIMEOUT);
    }

    /** The {@code index}-th (from 0) message of the type matching the predicate; fails after a timeout. */
    public <T> T awaitNth(String topic, Class<T> type, Predicate<T> matching, int index) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            List<T> found = matchingSoFar(topic, type, matching);
            if (found.size() > index) {
                return found.get(index);
            }
            poll(topic);
        }
        throw new AssertionError("no matching " + type.getSimpleName() + " #" + (index + 1) + " on " + topic
                + " within " + TIMEOUT);
    }

    /**
     * Every message of the type matching the predicate that was on the topic when this was called:
     * the topic is read up to the end it had then (a fresh reader's single poll may return nothing).
     */
    public <T> List<T> all(String topic, Class<T> type, Predicate<T> matching) {
        readToEnd(topic);
        return matchingSoFar(topic, type, matching);
    }

    private <T> List<T> matchingSoFar(String topic, Class<T> type, Predicate<T> matching) {
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

    private synchronized void readToEnd(String topic) {
        KafkaConsumer<String, String> consumer = reader(topic);
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("could not read " + topic + " up to " + ends + " within " + TIMEOUT);
            }
            poll(topic);
        }
    }

    private synchronized void poll(String topic) {
        KafkaConsumer<String, String> consumer = reader(topic);
        if (consumer.assignment().isEmpty()) {
            sleep(); // the topic does not exist yet
            return;
        }
        List<ConsumerRecord<String, String>> buffer = seen.computeIfAbsent(topic, t -> new ArrayList<>());
        consumer.poll(Duration.ofMillis(200)).forEach(buffer::add);
    }

    /**
     * The topic's reader: every partition assigned and read from the beginning, without a consumer
     * group, so nothing waits for a group to form. Assigned once the topic exists.
     */
    private KafkaConsumer<String, String> reader(String topic) {
        KafkaConsumer<String, String> consumer = consumers.computeIfAbsent(topic, t -> new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())));
        if (consumer.assignment().isEmpty()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions != null && !partitions.isEmpty()) {
                List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(all);
                consumer.seekToBeginning(all);
            }
        }
        return consumer;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
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

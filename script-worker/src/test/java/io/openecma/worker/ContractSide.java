package io.openecma.worker;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ConnectorDefinitionLoader;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.WorkerResult;
import io.openecma.schemas.topics.TopicSpec;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.SharedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The tests' side of the Kafka contract, played as sync-core would over the real broker: creates
 * the topics, publishes snapshots and requests, and reads what the worker put on the results and
 * dead-letter topics.
 */
public final class ContractSide implements AutoCloseable {

    private final String bootstrap = SharedKafka.endpoint().bootstrapServers();
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> results;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public ContractSide() {
        createTopics(Topics.shared());
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        results = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.RESULTS, Topics.DEAD_LETTERS)) {
            partitionsOf(topic).forEach(p -> partitions.add(new TopicPartition(topic, p)));
        }
        results.assign(partitions);
        results.seekToBeginning(partitions);
    }

    /** A topic's partitions, waiting for a just-created topic's metadata to reach the client. */
    private List<Integer> partitionsOf(String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var infos = results.partitionsFor(topic);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(org.apache.kafka.common.PartitionInfo::partition).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no metadata for topic " + topic);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public String bootstrap() {
        return bootstrap;
    }

    public void createTopics(List<TopicSpec> specs) {
        try (Admin admin = admin()) {
            for (TopicSpec spec : specs) {
                NewTopic topic = new NewTopic(spec.name(), spec.partitions(), (short) 1);
                if (spec.compacted()) {
                    topic.configs(Map.of("cleanup.policy", "compact"));
                }
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** A sample connector folder copied to a temporary folder, loaded under a fresh name. */
    public static ConnectorDefinition definition(Path folder, String name) throws IOException {
        Path copy = Files.createTempDirectory("connector-").resolve(folder.getFileName().toString());
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        ConnectorDefinition d = ConnectorDefinitionLoader.load(copy);
        return new ConnectorDefinition(name, d.secretTokenHash(), d.capabilities(), d.objectType(), d.anchorAttribute(),
                d.selectedAttributes(), d.scimMappings(), d.deprovisioning(), d.autosyncMinutes(), d.pageSizes(),
                d.runtime(), d.scriptTimeoutMinutes(), d.scripts(), d.commonModule(), d.parameters(), d.credential());
    }

    /** Publishes the connector's snapshot (topics created first, as sync-core does). */
    public void serve(ConnectorDefinition definition, long version) {
        createTopics(Topics.forConnector(definition.name()));
        send(Topics.CONNECTORS, definition.name(), new ConnectorSnapshot(Message.CURRENT_VERSION, UUID.randomUUID(),
                definition.name(), definition, null, ConnectorSnapshot.hashOf(definition), version, Instant.now()));
    }

    public void remove(String connector) {
        sendRaw(Topics.CONNECTORS, connector, null);
    }

    public RecordMetadata send(String topic, String key, Message message) {
        return sendRaw(topic, key, Json.writeBytes(message));
    }

    public RecordMetadata sendRaw(String topic, String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first result of this type that matches, waiting up to the timeout. */
    public <T extends WorkerResult> T await(Class<T> type, Predicate<T> match, Duration timeout) {
        return awaitAll(type, match, 1, timeout).get(0);
    }

    public <T extends WorkerResult> List<T> awaitAll(Class<T> type, Predicate<T> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<T> found = resultsOf(type, match);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " " + type.getSimpleName() + " within " + timeout
                        + ", got " + found);
            }
            poll(Duration.ofMillis(200));
        }
    }

    public <T extends WorkerResult> List<T> resultsOf(Class<T> type, Predicate<T> match) {
        List<T> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : seen) {
            if (r.topic().equals(Topics.RESULTS)) {
                WorkerResult result = Json.read(r.value(), WorkerResult.class);
                if (type.isInstance(result) && match.test(type.cast(result))) {
                    found.add(type.cast(result));
                }
            }
        }
        return found;
    }

    /** Reads what has arrived so far (results and dead letters). */
    public List<ConsumerRecord<String, byte[]>> poll(Duration wait) {
        results.poll(wait).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** The group's committed offset on a partition, if any. */
    public Optional<Long> committed(String group, TopicPartition partition) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return Optional.ofNullable(offsets.get(partition)).map(OffsetAndMetadata::offset);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public long endOffset(TopicPartition partition) {
        try (Admin admin = admin()) {
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get().offset();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
        results.close();
    }
}

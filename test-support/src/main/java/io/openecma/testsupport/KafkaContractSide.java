package io.openecma.testsupport;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ConnectorDefinitionLoader;
import io.openecma.schemas.definition.ScriptRuntime;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.topics.TopicSpec;
import io.openecma.schemas.topics.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
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
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * The tests' side of the Kafka contract over the real broker of {@link SharedKafka}, played as
 * sync-core would: creates the topics, publishes connector snapshots and messages, reads topics
 * whole. Each service's tests extend it with what they wait for.
 */
public class KafkaContractSide implements AutoCloseable {

    private final String bootstrap = SharedKafka.endpoint().bootstrapServers();
    private final KafkaProducer<String, byte[]> producer;

    /** Creates the shared topics first, as sync-core does at start. */
    public KafkaContractSide() {
        createTopics(Topics.shared());
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    public String bootstrap() {
        return bootstrap;
    }

    /** Creates each topic as specified (compacted where it says so); one that exists already is kept. */
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

    /** An admin client of the broker; the caller closes it. */
    protected Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** A consumer of raw records without a group; the caller assigns and closes it. */
    protected KafkaConsumer<String, byte[]> reader() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
    }

    /** A sample connector folder copied to a temporary folder, loaded under a fresh name. */
    public static ConnectorDefinition definition(Path folder, String name) throws IOException {
        return definition(folder, name, null);
    }

    /** As {@link #definition(Path, String)}, run by the given runtime (null: the one the folder names). */
    public static ConnectorDefinition definition(Path folder, String name, ScriptRuntime runtime) throws IOException {
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
                runtime == null ? d.runtime() : runtime, d.scriptTimeoutMinutes(), d.scripts(), d.commonModule(),
                d.parameters(), d.credential(), d.trustedCertificates(), d.scim(), d.sandbox());
    }

    /** Publishes the connector's snapshot (its topics created first, as sync-core does). */
    public void serve(ConnectorDefinition definition, long version) {
        createTopics(Topics.forConnector(definition.name()));
        send(Topics.CONNECTORS, definition.name(), new ConnectorSnapshot(Message.CURRENT_VERSION, UUID.randomUUID(),
                definition.name(), definition, null, ConnectorSnapshot.hashOf(definition), version, Instant.now()));
    }

    /** Publishes the connector's tombstone. */
    public void remove(String connector) {
        sendRaw(Topics.CONNECTORS, connector, null);
    }

    public RecordMetadata send(String topic, String key, Message message) {
        return sendRaw(topic, key, Json.writeBytes(message));
    }

    /** Publishes any bytes (or a tombstone) and waits for the acknowledgement. */
    public RecordMetadata sendRaw(String topic, String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A topic's partitions, waiting (bounded) for a just-created topic's metadata to reach the client. */
    public static List<TopicPartition> partitionsOf(Consumer<?, ?> consumer, String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
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

    /** Every record now on the given topics, from their beginning. */
    public List<ConsumerRecord<String, byte[]>> readAll(List<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = reader()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                partitions.addAll(partitionsOf(consumer, topic));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
            return all;
        }
    }

    /** The names of every topic on the broker, internal ones included. */
    public List<String> topics() {
        try (Admin admin = admin()) {
            return List.copyOf(admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

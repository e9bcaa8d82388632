package io.openecma.password;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ConnectorDefinitionLoader;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.PasswordResult;
import io.openecma.schemas.events.WorkerResult;
import io.openecma.schemas.topics.TopicSpec;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.SharedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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

/** sync-core's side of the password contract over the real broker. */
final class ContractSide implements AutoCloseable {

    private final String bootstrap = SharedKafka.endpoint().bootstrapServers();
    private final KafkaProducer<String, byte[]> producer;

    ContractSide() {
        createTopics(Topics.shared());
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    void createTopics(List<TopicSpec> specs) {
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

    static ConnectorDefinition definition(Path folder, String name) throws IOException {
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

    void serve(ConnectorDefinition definition) {
        createTopics(Topics.forConnector(definition.name()));
        send(Topics.CONNECTORS, definition.name(), new ConnectorSnapshot(Message.CURRENT_VERSION, UUID.randomUUID(),
                definition.name(), definition, null, ConnectorSnapshot.hashOf(definition), 1, Instant.now()));
    }

    void send(String topic, String key, Message message) {
        try {
            producer.send(new ProducerRecord<>(topic, key, Json.writeBytes(message))).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the password result of a request. */
    PasswordResult awaitResult(UUID correlationId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> r : readAll(List.of(Topics.RESULTS))) {
                WorkerResult result = Json.read(r.value(), WorkerResult.class);
                if (result instanceof PasswordResult p && p.correlationId().equals(correlationId)) {
                    return p;
                }
            }
            sleep();
        }
        throw new AssertionError("no password result for " + correlationId + " within " + timeout);
    }

    /** Every record now on the given topics, from their beginning. */
    List<ConsumerRecord<String, byte[]>> readAll(List<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String t : topics) {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                var infos = consumer.partitionsFor(t);
                while ((infos == null || infos.isEmpty()) && System.nanoTime() < deadline) {
                    sleep();
                    infos = consumer.partitionsFor(t);
                }
                infos.forEach(p -> partitions.add(new TopicPartition(t, p.partition())));
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

    /** The names of every topic on the broker (internal ones included). */
    List<String> topics() {
        try (Admin admin = admin()) {
            return List.copyOf(admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                    .names().get());
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

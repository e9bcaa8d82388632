package io.openecma.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.openecma.schemas.ecma.AttributeOperation;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.events.WorkerRequest;
import io.openecma.schemas.topics.Topics;

/**
 * Plays the script-worker's side of the Kafka contract for one connector, in test code only, so
 * the walking skeleton can run before real script execution exists: every export succeeds, every
 * import is empty, and the schema is the CSV sample's. The messages go over the real broker.
 */
final class WorkerDouble implements AutoCloseable {

    private final String connector;
    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<ExportBatch> batches = new CopyOnWriteArrayList<>();
    private final Thread loop;

    WorkerDouble(String bootstrapServers, String connector) {
        this.connector = connector;
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "worker-double-" + connector);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(consumerProps);
        consumer.subscribe(List.of(Topics.exports(connector), Topics.imports(connector)));

        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(producerProps);

        loop = new Thread(this::run, "worker-double-" + connector);
        loop.setDaemon(true);
        loop.start();
    }

    List<ExportBatch> batches() {
        return List.copyOf(batches);
    }

    private void run() {
        while (running.get()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.topic().startsWith(Topics.EXPORTS_PREFIX)) {
                    answer(Json.read(record.value(), ExportBatch.class));
                } else {
                    answer(Json.read(record.value(), WorkerRequest.class));
                }
            }
            consumer.commitSync();
        }
        consumer.close();
    }

    private void answer(ExportBatch batch) {
        batches.add(batch);
        // ECMA2 semantics: an entry without a result was exported successfully.
        publish(batch.batchId(), new ExportResult(Message.CURRENT_VERSION, UUID.randomUUID(), batch.batchId(),
                connector, "worker-double", List.of(), null, Instant.now()));
    }

    private void answer(WorkerRequest request) {
        if (request instanceof ImportRequest imports) {
            publish(imports.runId(), new ImportPage(Message.CURRENT_VERSION, UUID.randomUUID(), imports.runId(),
                    connector, 1, List.of(), false, imports.watermark(), null));
        } else if (request instanceof SchemaRequest schema) {
            publish(schema.requestId(), new SchemaResult(Message.CURRENT_VERSION, UUID.randomUUID(),
                    schema.requestId(), connector, csvSampleSchema(), null));
        }
    }

    private void publish(UUID key, Object message) {
        producer.send(new ProducerRecord<>(Topics.RESULTS, Topics.resultKey(key), Json.write(message)));
        producer.flush();
    }

    /** What the CSV sample's Schema script declares. */
    static Schema csvSampleSchema() {
        AttributeOperation io = AttributeOperation.ImportExport;
        return new Schema(List.of(new SchemaType("User", true, List.of(
                new SchemaAttribute("EmployeeId", AttributeType.String, false, true, io),
                new SchemaAttribute("userName", AttributeType.String, false, false, io),
                new SchemaAttribute("firstName", AttributeType.String, false, false, io),
                new SchemaAttribute("lastName", AttributeType.String, false, false, io),
                new SchemaAttribute("email", AttributeType.String, false, false, io),
                new SchemaAttribute("department", AttributeType.String, false, false, io),
                new SchemaAttribute("title", AttributeType.String, false, false, io),
                new SchemaAttribute("manager", AttributeType.String, false, false, io),
                new SchemaAttribute("isActive", AttributeType.Boolean, false, false, io)))));
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        loop.join(5_000);
        producer.close();
    }
}

package io.openecma.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class RealKafkaTest {

    @Test
    void recordsSentWithAnIdempotentProducerAreConsumedInOrder(KafkaEndpoint kafka) throws Exception {
        String topic = "test-support." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }

        Map<String, Object> producerConfig = Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "enable.idempotence", true,
                "acks", "all",
                "key.serializer", StringSerializer.class,
                "value.serializer", StringSerializer.class);
        List<RecordMetadata> written = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            for (int i = 0; i < 3; i++) {
                written.add(producer.send(new ProducerRecord<>(topic, "hr/jdoe", "change-" + i)).get());
            }
        }
        assertEquals(1, written.stream().map(RecordMetadata::partition).distinct().count(),
                "one key goes to one partition");

        Map<String, Object> consumerConfig = Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "group.id", "test-support-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class,
                "value.deserializer", StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of(topic));
            // Bounded: the group join and first fetch take a few polls.
            for (int poll = 0; poll < 60 && values.size() < 3; poll++) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    assertEquals("hr/jdoe", record.key());
                    values.add(record.value());
                }
            }
        }
        assertEquals(List.of("change-0", "change-1", "change-2"), values);
    }

    @Test
    void everyRequestGetsTheSameCluster(KafkaEndpoint first, KafkaEndpoint second) {
        assertEquals(first, second);
        assertEquals(first, SharedKafka.endpoint());
    }
}

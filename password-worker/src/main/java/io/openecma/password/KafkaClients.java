package io.openecma.password;

import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.topics.Topics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.openecma.schemas.events.kafka.BrokerSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kafka for the password-worker: consumers that commit by hand, and one idempotent acks=all
 * producer whose sends return only once acknowledged, so offsets are committed after the result.
 */
@ApplicationScoped
public class KafkaClients {

    /** Every kafka.* setting of the service (security included), see {@link BrokerSettings}. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    private KafkaProducer<String, byte[]> producer;

    @PostConstruct
    void open() {
        Map<String, Object> props = BrokerSettings.copy(broker);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "openecma-password-worker-results");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // a result is sent alone and waited for: the Kafka 4 client's default 5 ms linger is pure delay
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(10));
    }

    public Map<String, Object> consumer(String groupId, String clientId, boolean manualCommit) {
        Map<String, Object> props = BrokerSettings.copy(broker);
        if (groupId != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, !manualCommit && groupId != null);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, manualCommit ? 1 : 500);
        // a Password call is bounded by the connector's script timeout; the poll interval must outlast it
        props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Duration.ofMinutes(30).toMillis());
        // a worker that died is noticed after 10 s (client default 45 s) and its partitions move on
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /** Publishes to openecma.results (or the dead letters) and waits for the acknowledgement. */
    public void publish(String topic, String key, Message message) {
        try {
            producer.send(new ProducerRecord<>(topic, key, Json.writeBytes(message))).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("publishing to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    public void result(String key, Message message) {
        publish(Topics.RESULTS, key, message);
    }
}

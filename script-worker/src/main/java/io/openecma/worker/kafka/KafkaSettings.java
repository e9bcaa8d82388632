package io.openecma.worker.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.openecma.schemas.events.kafka.BrokerSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Client settings for the plain Kafka clients the worker manages itself. Values are read as raw
 * bytes and parsed with the contract's {@code Json}, so a malformed record reaches the code that
 * can set it aside instead of failing inside the consumer.
 */
@ApplicationScoped
public class KafkaSettings {

    /** Every kafka.* setting of the service (security included), see {@link BrokerSettings}. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    /** A consumer in a group that commits by hand, one record per poll. */
    public Map<String, Object> groupConsumer(String groupId, String clientId) {
        Map<String, Object> props = BrokerSettings.copy(broker);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        // work runs while the consumer polls paused; only End Export after an idle spell blocks polling
        props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) java.time.Duration.ofMinutes(30).toMillis());
        // a worker that died is noticed after 10 s (client default 45 s) and its partitions move on
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /** A consumer without a group (reads whole topics by assignment). */
    public Map<String, Object> readerConsumer(String clientId) {
        Map<String, Object> props = groupConsumer("unused", clientId);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return props;
    }

    /** An idempotent producer that waits for every in-sync replica. */
    public Map<String, Object> producer(String clientId) {
        Map<String, Object> props = BrokerSettings.copy(broker);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // a result is sent alone and waited for: the Kafka 4 client's default 5 ms linger is pure delay
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }
}

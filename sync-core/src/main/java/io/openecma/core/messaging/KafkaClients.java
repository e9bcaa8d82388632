package io.openecma.core.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import io.openecma.schemas.events.kafka.BrokerSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

import java.util.Map;

/** Kafka clients sync-core drives itself (the outbox producer and topic administration). */
@ApplicationScoped
public class KafkaClients {

    /** Every kafka.* setting of the service (security included), see {@link BrokerSettings}. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    public KafkaProducer<String, String> producer() {
        Map<String, Object> props = BrokerSettings.copy(broker);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // the relay sends what one commit stored, then flushes: waiting to fill a batch only adds latency
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicAdmin.MAX_MESSAGE_BYTES);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "sync-core-outbox");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    public Admin admin() {
        Map<String, Object> props = BrokerSettings.copy(broker);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "sync-core-admin");
        return Admin.create(props);
    }
}

package io.openecma.schemas.events.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;

import java.util.HashMap;
import java.util.Map;

/**
 * The starting point of every Kafka client a service builds by hand: the service's whole
 * {@code kafka.*} configuration (Quarkus' {@code default-kafka-broker} map: bootstrap servers,
 * {@code security.protocol}, SASL and TLS settings, anything an operator adds), so a setting made
 * once reaches every client. Each client then adds only what is its own (serializers, acks,
 * group).
 */
public final class BrokerSettings {

    private BrokerSettings() {
    }

    /**
     * A modifiable copy of the broker map. Quarkus puts the application's name in it as
     * {@code group.id}; that is dropped, since a group is each consumer's own choice.
     */
    public static Map<String, Object> copy(Map<String, ?> broker) {
        Map<String, Object> settings = new HashMap<>(broker);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        if (!settings.containsKey("bootstrap.servers")) {
            throw new IllegalStateException("kafka.bootstrap.servers is not configured");
        }
        return settings;
    }
}

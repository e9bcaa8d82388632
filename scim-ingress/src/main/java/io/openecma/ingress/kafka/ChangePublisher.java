package io.openecma.ingress.kafka;

import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.topics.Topics;
import io.openecma.schemas.tracing.KafkaTracing;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.openecma.schemas.events.kafka.BrokerSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Publishes SCIM change events: idempotent producer, acks=all, key connector/anchor. */
@ApplicationScoped
public class ChangePublisher {

    private KafkaProducer<String, byte[]> producer;

    /** Every kafka.* setting of the service (security included), see {@link BrokerSettings}. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    /** The request's trace goes on in the record's headers (a no-op while tracing is off). */
    @Inject
    KafkaTracing tracing = KafkaTracing.OFF;

    @ConfigProperty(name = "openecma.scim.publish-timeout", defaultValue = "10s")
    Duration publishTimeout;

    void start(@Observes StartupEvent event) {
        Map<String, Object> props = BrokerSettings.copy(broker);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // a waiting client is behind every record: send at once
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(Math.max(publishTimeout.toMillis(), 2000)));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.max(publishTimeout.toMillis() - 1, 1000)));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(publishTimeout.toMillis()));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    void stop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Completes once the broker acknowledged the event; never blocks the caller beyond max.block.ms. */
    public CompletableFuture<RecordMetadata> publish(ScimChangeEvent event) {
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SCIM_CHANGES,
                    Topics.changeKey(event.connector(), event.anchor()), Json.writeBytes(event));
            tracing.inject(record.headers());
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    acknowledged.complete(metadata);
                } else {
                    acknowledged.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    public Duration publishTimeout() {
        return publishTimeout;
    }
}

package io.openecma.core.messaging;

import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.openecma.core.tx.AfterCommit;
import io.openecma.schemas.tracing.KafkaTracing;

import java.time.Instant;

/**
 * Publishes a message as part of the current database transaction: the message is stored with
 * the effect it belongs to and sent by {@link OutboxRelay} once the transaction committed, so a
 * rolled-back effect publishes nothing and a committed one is never lost.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_RELAY = new Object();

    @Inject
    AfterCommit afterCommit;
    @Inject
    OutboxRelay relay;
    @Inject
    KafkaTracing tracing;

    public void send(String topic, String key, Message message) {
        store(topic, key, Json.write(message), null);
    }

    /** To one partition of the topic, e.g. the one a waiting ingress replica reads; null: by key. */
    public void send(String topic, Integer partition, String key, Message message) {
        store(topic, key, Json.write(message), partition);
    }

    /** A null value for a compacted topic: removes the key. */
    public void tombstone(String topic, String key) {
        store(topic, key, null, null);
    }

    private void store(String topic, String key, String payload, Integer partition) {
        OutboxMessage message = new OutboxMessage();
        message.topic = topic;
        message.key = key;
        message.payload = payload;
        message.partition = partition;
        // the relay sends later, on its own thread: the current trace context travels with the row
        var trace = tracing.currentHeaders();
        message.traceparent = trace.get(KafkaTracing.TRACEPARENT);
        message.tracestate = trace.get(KafkaTracing.TRACESTATE);
        message.createdAt = Instant.now();
        message.persist();
        afterCommit.once(WAKE_RELAY, relay::wake);
    }
}

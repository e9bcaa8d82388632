package io.openecma.core.messaging;

import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;

/**
 * Publishes a message as part of the current database transaction: the message is stored with
 * the effect it belongs to and sent by {@link OutboxRelay} once the transaction committed, so a
 * rolled-back effect publishes nothing and a committed one is never lost.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    OutboxRelay relay;

    public void send(String topic, String key, Message message) {
        store(topic, key, Json.write(message));
    }

    /** A null value for a compacted topic: removes the key. */
    public void tombstone(String topic, String key) {
        store(topic, key, null);
    }

    private void store(String topic, String key, String payload) {
        OutboxMessage message = new OutboxMessage();
        message.topic = topic;
        message.key = key;
        message.payload = payload;
        message.createdAt = Instant.now();
        message.persist();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}

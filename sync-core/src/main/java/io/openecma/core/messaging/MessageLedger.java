package io.openecma.core.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The idempotency ledger: a consumer records a message id in the same transaction as the
 * message's effect; a redelivered message finds its id and changes nothing.
 */
@ApplicationScoped
public class MessageLedger {

    @Inject
    EntityManager em;

    /** Records the message as applied; false when it already was (then apply nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID messageId) {
        return em.createNativeQuery("INSERT INTO processed_message (consumer, message_id) VALUES (?1, ?2) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, consumer).setParameter(2, messageId).executeUpdate() == 1;
    }

    @Transactional
    public int forgetOlderThan(Duration retention) {
        return em.createNativeQuery("DELETE FROM processed_message WHERE applied_at < ?1")
                .setParameter(1, Instant.now().minus(retention)).executeUpdate();
    }
}

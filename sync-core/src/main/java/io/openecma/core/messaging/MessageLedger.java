package io.openecma.core.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /** Records several messages with one statement; returns the ids that were not recorded before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, List<UUID> messageIds) {
        @SuppressWarnings("unchecked")
        List<UUID> fresh = em.createNativeQuery("INSERT INTO processed_message (consumer, message_id) "
                        + "SELECT ?1, id FROM unnest(?2) AS ids(id) ON CONFLICT DO NOTHING RETURNING message_id", UUID.class)
                .setParameter(1, consumer).setParameter(2, new LinkedHashSet<>(messageIds).toArray(UUID[]::new))
                .getResultList();
        return new HashSet<>(fresh);
    }

    @Transactional
    public int forgetOlderThan(Duration retention) {
        return em.createNativeQuery("DELETE FROM processed_message WHERE applied_at < ?1")
                .setParameter(1, Instant.now().minus(retention)).executeUpdate();
    }
}

package io.openecma.core.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message decided in a transaction and not yet acknowledged by Kafka (table outbox). */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {
    @Id
    // pooled: ids come fifty per sequence call, so inserts can be batched (see migration V5)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_ids")
    @SequenceGenerator(name = "outbox_ids", sequenceName = "outbox_id_seq", allocationSize = 50)
    public Long id;
    public String topic;
    @Column(name = "message_key")
    public String key;
    /** JSON of the contract; null is a tombstone (compacted topics). */
    public String payload;
    /** The partition to send to; null: the producer's partitioner (by key). */
    @Column(name = "target_partition")
    public Integer partition;
    /** The W3C trace context the message was decided in; null while tracing is off. */
    public String traceparent;
    public String tracestate;
    @Column(name = "created_at")
    public Instant createdAt;
}

package io.openecma.core.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A message sync-core set aside, kept for the admin API (table dead_letter). */
@Entity
@Table(name = "dead_letter")
public class DeadLetterRecord extends PanacheEntityBase {
    @Id
    @Column(name = "message_id")
    public UUID messageId;
    public String connector;
    @Column(name = "original_topic")
    public String originalTopic;
    @Column(name = "message_key")
    public String key;
    public String reason;
    public String payload;
    @Column(name = "failed_at")
    public Instant failedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
}

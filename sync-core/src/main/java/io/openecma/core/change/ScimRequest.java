package io.openecma.core.change;

import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.ScimOutcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A SCIM request waiting for its outcome, or answered (table scim_request). */
@Entity
@Table(name = "scim_request")
public class ScimRequest extends PanacheEntityBase {

    public static final String WAITING = "waiting";
    public static final String ANSWERED = "answered";

    @Id
    @Column(name = "correlation_id")
    public UUID correlationId;
    public String connector;
    @Column(name = "object_type")
    public String objectType;
    public String anchor;
    public String fingerprint;
    public String operation;
    @Column(name = "object_version")
    public long objectVersion;
    public String status;
    @JdbcTypeCode(SqlTypes.JSON)
    public ScimOutcome outcome;
    @JdbcTypeCode(SqlTypes.JSON)
    public EncryptedEnvelope password;
    @Column(name = "password_sent")
    public boolean passwordSent;
    /** The partition of openecma.outcomes the waiting replica reads; null: by correlation id. */
    @Column(name = "reply_partition")
    public Integer replyPartition;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "answered_at")
    public Instant answeredAt;

    /** The object's most recent request. */
    public static Optional<ScimRequest> latest(String connector, String objectType, String anchor) {
        return find("connector = ?1 and objectType = ?2 and anchor = ?3 order by receivedAt desc",
                connector, objectType, anchor).firstResultOptional();
    }

    public static List<ScimRequest> waiting(String connector, String objectType, String anchor) {
        return list("connector = ?1 and objectType = ?2 and anchor = ?3 and status = ?4 order by receivedAt",
                connector, objectType, anchor, WAITING);
    }
}

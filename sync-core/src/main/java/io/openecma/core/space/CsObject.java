package io.openecma.core.space;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One object of a connector space (table cs_object; columns documented in the migration). Every
 * writer locks the row first; updates write only the columns that changed.
 */
@Entity
@Table(name = "cs_object")
@DynamicUpdate
@IdClass(CsObjectKey.class)
public class CsObject extends PanacheEntityBase {

    @Id
    public String connector;
    @Id
    @Column(name = "object_type")
    public String objectType;
    @Id
    public String anchor;
    @Column(name = "scim_id")
    public String scimId;
    public String dn;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> attributes;
    public String state;
    public boolean active;
    public boolean provisioned;
    @Column(name = "in_target")
    public boolean inTarget;
    @Column(name = "export_unconfirmed")
    public boolean exportUnconfirmed;
    public long version;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pending_change")
    public DesiredState pendingChange;
    /** The W3C traceparent of the change now pending (tracing on), continued by its export batch. */
    @Column(name = "pending_trace")
    public String pendingTrace;
    @Column(name = "in_flight_batch")
    public UUID inFlightBatch;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "in_flight_change")
    public DesiredState inFlightChange;
    @Column(name = "export_attempts")
    public int exportAttempts;
    @Column(name = "next_export_at")
    public Instant nextExportAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "last_import_run")
    public UUID lastImportRun;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<CsObject> findForUpdate(String connector, String objectType, String anchor) {
        return findByIdOptional(new CsObjectKey(connector, objectType, anchor), LockModeType.PESSIMISTIC_WRITE);
    }

    /** These objects of one connector and type, locked in anchor order, in one query. */
    public static List<CsObject> findAllForUpdate(String connector, String objectType, Collection<String> anchors) {
        return find("connector = ?1 and objectType = ?2 and anchor in ?3 order by anchor", connector, objectType, anchors)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public ConfirmedState confirmed() {
        return new ConfirmedState(attributes, active, inTarget);
    }

    /** What the object will be once everything already sent or waiting is exported. */
    public DesiredState projected() {
        if (pendingChange != null) {
            return pendingChange;
        }
        return inFlightChange != null ? inFlightChange : confirmed().asDesired();
    }

    public ObjectState objectState() {
        return ObjectState.fromDb(state);
    }

    public void setState(ObjectState next) {
        state = next.db();
    }

    public void confirm(ConfirmedState after) {
        attributes = after.attributes();
        active = after.active();
        inTarget = after.inTarget();
    }

    /** Marks a change applied to the row. */
    public void touch(Instant now) {
        version++;
        updatedAt = now;
    }
}

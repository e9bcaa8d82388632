package io.openecma.core.connector;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.ecma.Schema;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * A connector's row in connector_state: what the ingress reads to answer 503 during the first
 * import, and what sync-core keeps across restarts (schema, watermark, snapshot version).
 */
@Entity
@Table(name = "connector_state")
public class ConnectorState extends PanacheEntityBase {

    public static final String INITIAL_IMPORT = "initial_import";
    public static final String READY = "ready";
    public static final String INVALID = "invalid";
    public static final String REMOVED = "removed";

    @Id
    public String connector;
    public String status;
    /** Why the connector does not serve SCIM yet (its first import running or failed), for the 503; null otherwise. */
    @Column(name = "status_detail")
    public String statusDetail;
    @Column(name = "content_hash")
    public String contentHash;
    @JdbcTypeCode(SqlTypes.JSON)
    public ConnectorDefinition definition;
    @Column(name = "snapshot_version")
    public long snapshotVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public Schema schema;
    @Column(name = "schema_updated_at")
    public Instant schemaUpdatedAt;
    @Column(name = "schema_request_id")
    public UUID schemaRequestId;
    @Column(name = "initial_import_done")
    public boolean initialImportDone;
    @Column(name = "retry_after_seconds")
    public int retryAfterSeconds;
    public String watermark;
    @Column(name = "last_full_import_at")
    public Instant lastFullImportAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static ConnectorState forUpdate(String connector) {
        return findById(connector, LockModeType.PESSIMISTIC_WRITE);
    }
}

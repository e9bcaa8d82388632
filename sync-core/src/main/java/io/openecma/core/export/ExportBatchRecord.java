package io.openecma.core.export;

import io.openecma.schemas.events.ExportBatch;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** An export batch sent to the workers and what became of it (table export_batch). */
@Entity
@Table(name = "export_batch")
public class ExportBatchRecord extends PanacheEntityBase {

    public static final String SENT = "sent";
    public static final String COMPLETED = "completed";
    public static final String RETRYING = "retrying";
    public static final String DEAD = "dead";

    @Id
    @Column(name = "batch_id")
    public UUID batchId;
    public String connector;
    public int attempt;
    public String status;
    @Column(name = "item_count")
    public int itemCount;
    public int succeeded;
    public int failed;
    @JdbcTypeCode(SqlTypes.JSON)
    public ExportBatch payload;
    public String failure;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "completed_at")
    public Instant completedAt;

    /**
     * Writes what became of the batch (status, counts, failure, completion) in one UPDATE, for a
     * record that was read and detached: its payload is neither compared nor written again.
     */
    public void recordOutcome() {
        getEntityManager().createNativeQuery("UPDATE export_batch SET status = ?2, succeeded = ?3, failed = ?4, "
                        + "failure = ?5, completed_at = ?6 WHERE batch_id = ?1")
                .setParameter(1, batchId).setParameter(2, status).setParameter(3, succeeded).setParameter(4, failed)
                .setParameter(5, failure).setParameter(6, completedAt).executeUpdate();
    }
}

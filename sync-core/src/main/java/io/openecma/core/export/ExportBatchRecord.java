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
}

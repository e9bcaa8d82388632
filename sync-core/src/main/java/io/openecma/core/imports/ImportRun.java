package io.openecma.core.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One import run: its progress while it runs, its counts and duration after (table import_run). */
@Entity
@Table(name = "import_run")
public class ImportRun extends PanacheEntityBase {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    /** Finished, but the deletion of objects not seen was refused by the safety threshold. */
    public static final String STOPPED = "stopped";

    @Id
    @Column(name = "run_id")
    public UUID runId;
    public String connector;
    @Column(name = "import_type")
    public String importType;
    public String status;
    public String trigger;
    @Column(name = "watermark_in")
    public String watermarkIn;
    @Column(name = "watermark_out")
    public String watermarkOut;
    public int pages;
    public int added;
    public int updated;
    public int deleted;
    public int errors;
    public String message;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    /** When the last page was applied; null before the first (the stall timeout counts from it). */
    @Column(name = "last_page_at")
    public Instant lastPageAt;

    /** Since when the run has been waiting for its next page. */
    public Instant waitingSince() {
        return lastPageAt == null ? startedAt : lastPageAt;
    }

    public static boolean running(String connector) {
        return count("connector = ?1 and status = ?2", connector, RUNNING) > 0;
    }
}

package io.openecma.core.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Releases batches whose worker never answered (it died with the batch) for a retry. */
@ApplicationScoped
public class ExportTimeouts {

    private static final Logger LOG = Logger.getLogger(ExportTimeouts.class);

    @Inject
    ExportResultApplier results;
    @ConfigProperty(name = "openecma.export.result-timeout", defaultValue = "10m")
    Duration timeout;

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void releaseStale() {
        List<UUID> stale = QuarkusTransaction.requiringNew().call(() -> ExportBatchRecord.<ExportBatchRecord>list(
                "status = ?1 and createdAt < ?2", ExportBatchRecord.SENT, Instant.now().minus(timeout))
                .stream().map(b -> b.batchId).toList());
        for (UUID id : stale) {
            LOG.warnf("export batch %s had no result within %s; released for retry", id, timeout);
            QuarkusTransaction.requiringNew().run(() -> {
                ExportBatchRecord batch = ExportBatchRecord.findById(id);
                if (batch != null && ExportBatchRecord.SENT.equals(batch.status)) {
                    results.timedOut(batch);
                }
            });
        }
    }
}

package io.openecma.core.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Forgets history past its retention: finished import runs (their entry errors go with them,
 * ON DELETE CASCADE) except each connector's latest ones, which stay however old so the admin API
 * always shows how the last runs went; and export batches that are over (completed or dead: a
 * late result for a batch that is not 'sent' is ignored either way, and a dead batch's message is
 * kept in dead_letter); dead letters an administrator resolved; and forwards from an anchor an
 * Export script replaced (cs_anchor_move): they serve requests and results still in flight when the
 * object moved, which are long settled after the retention, while Entra keeps using the object's
 * SCIM id, which is on the object itself. Running runs, batches in flight and unresolved dead
 * letters are never touched.
 */
@ApplicationScoped
public class HistoryRetention {

    private static final Logger LOG = Logger.getLogger(HistoryRetention.class);

    public record Forgotten(int importRuns, int exportBatches, int deadLetters, int anchorForwards) {
    }

    @Inject
    EntityManager em;
    @ConfigProperty(name = "openecma.history.retention", defaultValue = "30d")
    Duration retention;
    @ConfigProperty(name = "openecma.history.keep-runs", defaultValue = "10")
    int keepRuns;

    @Transactional
    public Forgotten forgetOld() {
        Instant before = Instant.now().minus(retention);
        int runs = em.createNativeQuery("DELETE FROM import_run WHERE status <> 'running' "
                        + "AND coalesce(finished_at, started_at) < ?1 AND run_id NOT IN (SELECT run_id FROM "
                        + "(SELECT run_id, row_number() OVER (PARTITION BY connector ORDER BY started_at DESC) AS n "
                        + "FROM import_run) latest WHERE n <= ?2)")
                .setParameter(1, before).setParameter(2, keepRuns).executeUpdate();
        int batches = em.createNativeQuery("DELETE FROM export_batch WHERE status IN ('completed', 'dead') "
                        + "AND coalesce(completed_at, created_at) < ?1")
                .setParameter(1, before).executeUpdate();
        // an unresolved dead letter waits for an administrator however old it is
        int letters = em.createNativeQuery("DELETE FROM dead_letter WHERE resolved_at < ?1")
                .setParameter(1, before).executeUpdate();
        int forwards = em.createNativeQuery("DELETE FROM cs_anchor_move WHERE moved_at < ?1")
                .setParameter(1, before).executeUpdate();
        if (runs + batches + letters + forwards > 0) {
            LOG.infof("history older than %s forgotten: %d import runs (with their entry errors), %d export batches, "
                    + "%d resolved dead letters, %d anchor forwards", retention, runs, batches, letters, forwards);
        }
        return new Forgotten(runs, batches, letters, forwards);
    }
}

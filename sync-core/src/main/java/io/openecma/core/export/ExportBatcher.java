package io.openecma.core.export;

import io.openecma.core.change.Settlement;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.openecma.core.connector.ConnectorRegistry;
import io.openecma.core.connector.LoadedConnector;
import io.openecma.core.messaging.Outbox;
import io.openecma.core.space.CsObject;
import io.openecma.core.space.ExportPlan;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportItem;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.topics.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import io.openecma.core.space.ExportPending;
import io.openecma.core.tx.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Gathers each connector's pending exports into export batches, driven by events rather than a
 * timer: a committed change or a batch's result wakes the batcher for its connector. While fewer
 * batches are in flight than the connector has export sessions (plus one waiting behind them),
 * whatever is pending leaves at once; while its workers are busy, changes gather and leave
 * together when a result frees a place (group commit), up to the batch size. The timer
 * ({@code openecma.export.tick}) remains only for what no event announces: retries whose backoff
 * ended and wake-ups lost to a crash. Objects with a change in flight are not taken (one export in
 * flight per object), and an object being retried after a failure travels alone, so one bad object
 * cannot hold others back.
 *
 * <p>Key of a batch: the anchor of its first object. Per-object order does not depend on the
 * partition, because an object's next export is only built after its previous one's result.
 */
@ApplicationScoped
public class ExportBatcher {

    private static final Logger LOG = Logger.getLogger(ExportBatcher.class);

    @Inject
    BatchTraces traces;
    @Inject
    ConnectorRegistry registry;
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Settlement settlement;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "openecma.export.batch-size", defaultValue = "100")
    int defaultBatchSize;
    @Inject
    WorkerCapacity capacity;
    @Inject
    AfterCommit afterCommit;
    @ConfigProperty(name = "openecma.export.tick", defaultValue = "500ms")
    Duration tick;
    @ConfigProperty(name = "openecma.export.in-flight-hold", defaultValue = "30s")
    Duration inFlightHold;

    private final Set<String> woken = ConcurrentHashMap.newKeySet();
    private final Semaphore signal = new Semaphore(0);
    private InFlightBatches inFlight;
    private volatile boolean running;
    private Thread thread;

    // Quarkus' scheduler does not run jobs more often than once a second; batching needs less.
    void start(@Observes StartupEvent event) {
        inFlight = new InFlightBatches(inFlightHold);
        running = true;
        thread = new Thread(this::loop, "export-batcher");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        signal.release();
        thread.join(5000);
    }

    /** A change of the connector committed: it may leave now. */
    void pending(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExportPending event) {
        wake(event.connector());
    }

    private void wake(String connector) {
        woken.add(connector);
        signal.release();
    }

    /** A result of the connector's batch was applied: its place is free for the next batch. */
    public void finished(String connector, UUID batchId) {
        if (inFlight != null) {
            inFlight.finished(connector, batchId);
        }
        wake(connector);
    }

    private void loop() {
        long nextTick = System.nanoTime();
        while (running) {
            try {
                signal.tryAcquire(Math.max(0, nextTick - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
            signal.drainPermits();
            if (System.nanoTime() - nextTick >= 0) {
                nextTick = System.nanoTime() + tick.toNanos();
                woken.clear();
                registry.all().forEach(this::batchAll);
            } else {
                for (String name : List.copyOf(woken)) {
                    woken.remove(name);
                    registry.get(name).ifPresent(this::batchAll);
                }
            }
        }
    }

    /** Everything of the connector that may leave now. */
    void batchAll(LoadedConnector connector) {
        try {
            while (QuarkusTransaction.requiringNew().call(() -> batchOnce(connector))) {
                // a batch left and there is room for another: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "connector %s: building export batches failed", connector.name());
        }
    }

    /** Every connector, at once (tests, and the timer's pass). */
    void tickOnce() {
        registry.all().forEach(this::batchAll);
    }

    /** Builds at most one batch; true when more may be waiting and may leave at once. */
    boolean batchOnce(LoadedConnector connector) {
        if (!inFlight.hasRoom(connector.name(), capacity.sessions(connector.name()) + 1)) {
            return false; // the workers are busy: a result wakes this connector again
        }
        int size = connector.exportBatchSize(defaultBatchSize);
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<CsObject> candidates = em.createNativeQuery("SELECT * FROM cs_object WHERE connector = ?1 "
                        + "AND pending_change IS NOT NULL AND in_flight_batch IS NULL AND state <> 'error' "
                        + "AND (next_export_at IS NULL OR next_export_at <= ?2) "
                        + "ORDER BY export_attempts DESC, updated_at LIMIT ?3 FOR UPDATE SKIP LOCKED", CsObject.class)
                .setParameter(1, connector.name()).setParameter(2, now).setParameter(3, size)
                .getResultList();
        if (candidates.isEmpty()) {
            return false;
        }
        boolean retry = candidates.get(0).exportAttempts > 0;
        List<CsObject> members = retry ? candidates.subList(0, 1) : candidates;
        List<ExportItem> items = new ArrayList<>();
        List<CsObject> exported = new ArrayList<>();
        for (CsObject object : members) {
            ExportPlan plan = connector.planner().plan(object.objectType, object.anchor, object.dn, object.confirmed(),
                    object.pendingChange, connector.shapes(object.objectType));
            if (!plan.needsExport()) {
                object.pendingChange = null;
                settlement.settle(object, plan, object.version, connector);
                continue;
            }
            items.add(new ExportItem(object.anchor, object.version, plan.change()));
            exported.add(object);
        }
        if (!items.isEmpty()) {
            send(connector, items, exported);
        }
        // another look only when something may still wait: the query was cut by the batch size, or a
        // retry left alone; what commits later wakes the batcher itself
        return candidates.size() >= size || members.size() < candidates.size();
    }

    private void send(LoadedConnector connector, List<ExportItem> items, List<CsObject> objects) {
        int attempt = 1 + objects.stream().mapToInt(o -> o.exportAttempts).max().orElse(0);
        ExportBatch batch = new ExportBatch(Message.CURRENT_VERSION, UUID.randomUUID(), connector.name(),
                connector.exportSettings().exportType(), attempt, items, Instant.now());
        Span span = traces.batchSpan(connector.name(), objects);
        try (Scope ignored = span.makeCurrent()) {
            send(connector, batch, items, objects);
        } finally {
            span.end();
        }
    }

    private void send(LoadedConnector connector, ExportBatch batch, List<ExportItem> items, List<CsObject> objects) {
        int attempt = batch.attempt();
        for (CsObject object : objects) {
            object.inFlightBatch = batch.batchId();
            object.inFlightChange = object.pendingChange;
            object.pendingChange = null;
            object.pendingTrace = null;
        }
        ExportBatchRecord record = new ExportBatchRecord();
        record.batchId = batch.batchId();
        record.connector = connector.name();
        record.attempt = attempt;
        record.status = ExportBatchRecord.SENT;
        record.itemCount = items.size();
        record.payload = batch;
        record.createdAt = batch.createdAt();
        record.persist();
        outbox.send(Topics.exports(connector.name()), items.get(0).anchor(), batch);
        // counted once committed: a rolled-back batch never left and must not take a place
        afterCommit.run(() -> inFlight.sent(connector.name(), batch.batchId()));
        metrics.summary("openecma.export.batch.size", "connector", connector.name()).record(items.size());
        metrics.counter("openecma.exports", "connector", connector.name()).increment(items.size());
        LOG.debugf("connector %s: export batch %s with %d objects (attempt %d)", connector.name(), batch.batchId(),
                items.size(), attempt);
    }
}

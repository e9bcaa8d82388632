package io.openecma.core.messaging;

import io.openecma.core.connector.ConnectorRegistry;
import io.openecma.core.connector.LoadedConnector;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Periodic upkeep: forgets ledger entries and answered requests past their retention, import
 * runs and export batches past theirs ({@link HistoryRetention}), and refreshes the queue-depth
 * gauges (objects waiting for export, and in error, per connector).
 */
@ApplicationScoped
public class Housekeeping {

    @Inject
    MessageLedger ledger;
    @Inject
    EntityManager em;
    @Inject
    ConnectorRegistry registry;
    @Inject
    MeterRegistry metrics;
    @Inject
    HistoryRetention history;
    @ConfigProperty(name = "openecma.ledger.retention", defaultValue = "7d")
    Duration retention;

    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

    // the first run waits a while after start-up (tests push it past their own runs of forgetOld)
    @Scheduled(every = "1h", delayed = "${openecma.housekeeping.first-delay:1m}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forgetOld() {
        ledger.forgetOlderThan(retention);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "DELETE FROM scim_request WHERE status = 'answered' AND answered_at < ?1")
                .setParameter(1, Instant.now().minus(retention)).executeUpdate());
        history.forgetOld();
    }

    @Scheduled(every = "15s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshGauges() {
        for (LoadedConnector connector : registry.all()) {
            Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                            "SELECT count(*) FILTER (WHERE pending_change IS NOT NULL OR in_flight_batch IS NOT NULL), "
                                    + "count(*) FILTER (WHERE state = 'error') FROM cs_object WHERE connector = ?1")
                    .setParameter(1, connector.name()).getSingleResult());
            gauge("openecma.export.queue.depth", connector.name()).set(((Number) counts[0]).longValue());
            gauge("openecma.objects.in.error", connector.name()).set(((Number) counts[1]).longValue());
        }
    }

    private AtomicLong gauge(String name, String connector) {
        return gauges.computeIfAbsent(name + "/" + connector, k -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(name, value, AtomicLong::get).tag("connector", connector).register(metrics);
            return value;
        });
    }
}

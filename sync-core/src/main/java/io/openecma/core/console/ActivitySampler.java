package io.openecma.core.console;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.openecma.core.connector.ConnectorRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples sync-core's own metrics every {@code openecma.console.sample-interval} and keeps the last
 * hour in memory for the Activity page: the counters' totals (rates are the differences between
 * two samples), the export lag from Kafka, and the SCIM write latency of the requests answered
 * since the previous sample (from scim_request's received and answered times).
 */
@ApplicationScoped
public class ActivitySampler {

    static final Duration WINDOW = Duration.ofHours(1);

    /** One sample; counter totals are keyed {@code metric|connector}. */
    public record Sample(Instant at, Map<String, Double> totals, Map<String, Long> exportLag,
                         Double p50Millis, Double p99Millis) {
    }

    @Inject
    MeterRegistry metrics;
    @Inject
    ConnectorRegistry connectors;
    @Inject
    WorkerDirectory workers;
    @Inject
    EntityManager em;

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private Instant previous;

    @Scheduled(every = "${openecma.console.sample-interval:10s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void sample() {
        Instant now = Instant.now();
        Map<String, Double> totals = new HashMap<>();
        for (String metric : List.of("openecma.scim.changes", "openecma.import.objects")) {
            add(totals, metric, metrics.find(metric).counters());
        }
        add(totals, "confirmed", metrics.find("openecma.export.results").tag("outcome", "success").counters());
        add(totals, "failed", metrics.find("openecma.export.results").tag("outcome", "error").counters());
        Map<String, Long> lag = new HashMap<>();
        for (var connector : connectors.all()) {
            workers.exportLag(connector.name()).ifPresent(l -> lag.put(connector.name(), l));
        }
        Double[] latency = latency(previous == null ? now.minus(Duration.ofSeconds(10)) : previous, now);
        Sample sample = new Sample(now, totals, lag, latency[0], latency[1]);
        synchronized (samples) {
            samples.addLast(sample);
            while (!samples.isEmpty() && samples.peekFirst().at().isBefore(now.minus(WINDOW).minusSeconds(60))) {
                samples.removeFirst();
            }
        }
        previous = now;
    }

    public List<Sample> samples() {
        synchronized (samples) {
            return new ArrayList<>(samples);
        }
    }

    private static void add(Map<String, Double> totals, String key, java.util.Collection<Counter> counters) {
        for (Counter counter : counters) {
            String connector = counter.getId().getTag("connector");
            totals.merge(key + "|" + (connector == null ? "" : connector), counter.count(), Double::sum);
        }
    }

    /** p50 and p99 of the SCIM requests answered in (from, to], in milliseconds; nulls when none. */
    private Double[] latency(Instant from, Instant to) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - received_at)),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - received_at))
                FROM scim_request WHERE answered_at > ?1 AND answered_at <= ?2""")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        return new Double[]{millis(row[0]), millis(row[1])};
    }

    private static Double millis(Object seconds) {
        return seconds == null ? null : ((Number) seconds).doubleValue() * 1000;
    }
}

package io.openecma.worker.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/** The worker's Prometheus meters, all tagged with the connector. */
@ApplicationScoped
public class WorkerMetrics {

    @Inject
    MeterRegistry registry;

    /** A batch, import run or schema request handled; outcome success or the failure kind. */
    public void work(String connector, String kind, String outcome) {
        Counter.builder("openecma.worker.work").description("Export batches, import runs and schema requests handled")
                .tags("connector", connector, "kind", kind, "outcome", outcome).register(registry).increment();
    }

    /** Entries exported or imported; outcome success or error. */
    public void entries(String connector, String kind, String outcome, int count) {
        if (count > 0) {
            Counter.builder("openecma.worker.entries").description("Entries exported or imported")
                    .tags("connector", connector, "kind", kind, "outcome", outcome).register(registry).increment(count);
        }
    }

    public void error(String connector, String failureKind) {
        Counter.builder("openecma.worker.errors").description("Failed script calls")
                .tags("connector", connector, "kind", failureKind).register(registry).increment();
    }

    public void scriptDuration(String connector, String script, Duration duration) {
        Timer.builder("openecma.worker.script.duration").description("Script call durations")
                .tags("connector", connector, "script", script).publishPercentileHistogram()
                .register(registry).record(duration);
    }
}

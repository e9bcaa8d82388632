package io.openecma.password;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/** Password operations per connector, operation and outcome, and Password script durations. Never a password. */
@ApplicationScoped
public class PasswordMetrics {

    @Inject
    MeterRegistry registry;

    public void operation(String connector, String operation, String outcome) {
        Counter.builder("openecma.password.operations").description("Password operations handled")
                .tags("connector", connector, "operation", operation, "outcome", outcome).register(registry).increment();
    }

    public void scriptDuration(String connector, Duration duration) {
        Timer.builder("openecma.password.script.duration").description("Password script durations")
                .tags("connector", connector).publishPercentileHistogram().register(registry).record(duration);
    }
}

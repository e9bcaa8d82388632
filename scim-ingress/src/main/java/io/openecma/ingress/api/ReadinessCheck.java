package io.openecma.ingress.api;

import io.openecma.ingress.kafka.ConnectorRegistry;
import io.openecma.ingress.kafka.OutcomeWaiters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the connector snapshots are read and the outcomes topic is followed. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    ConnectorRegistry registry;
    @Inject
    OutcomeWaiters waiters;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("scim-ingress").status(registry.loaded() && waiters.ready())
                .withData("connectorsLoaded", registry.loaded()).withData("followingOutcomes", waiters.ready())
                .build();
    }
}

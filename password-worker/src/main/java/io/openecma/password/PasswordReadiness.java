package io.openecma.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the connector snapshots have been read up to where they were at start. */
@Readiness
@ApplicationScoped
public class PasswordReadiness implements HealthCheck {

    @Inject
    ConnectorSnapshots snapshots;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("connectors").status(snapshots.caughtUp()).build();
    }
}

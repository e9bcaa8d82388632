package io.openecma.worker.health;

import io.openecma.worker.connector.ConnectorSnapshots;
import io.openecma.worker.connector.ServedConnectors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the connector snapshots have been read up to where they were at start. */
@Readiness
@ApplicationScoped
public class ConnectorsReadiness implements HealthCheck {

    @Inject
    ConnectorSnapshots snapshots;
    @Inject
    ServedConnectors served;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("connectors")
                .status(snapshots.caughtUp())
                .withData("served", String.join(",", served.servedNames()))
                .build();
    }
}

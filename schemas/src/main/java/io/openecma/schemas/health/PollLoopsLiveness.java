package io.openecma.schemas.health;

import io.openecma.schemas.events.kafka.LoopHealth;
import io.openecma.schemas.events.kafka.PollLoops;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while every Kafka poll loop of the service (a worker's consumers per connector, the ingress's
 * outcomes follower, the connector snapshots) polls or waits out a retriable error; DOWN once one
 * failed for good, so the orchestrator restarts the process instead of leaving a connector unserved
 * or requests waiting for outcomes it no longer reads. Shared by the services that drive their own
 * poll loops; sync-core, whose consumers SmallRye runs, excludes it.
 */
@Liveness
@ApplicationScoped
public class PollLoopsLiveness implements HealthCheck {

    @Inject
    PollLoops loops;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-poll-loops").status(loops.alive());
        for (LoopHealth loop : loops.all()) {
            response.withData(loop.name(), loop.summary());
        }
        return response.build();
    }
}

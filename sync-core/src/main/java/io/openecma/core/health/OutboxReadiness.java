package io.openecma.core.health;

import io.openecma.core.connector.ConnectorRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when messages decided in the database reach Kafka: the oldest unsent outbox message is
 * younger than a minute. Reports the connectors served and the outbox backlog.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private static final long MAX_AGE_SECONDS = 60;

    @Inject
    EntityManager em;
    @Inject
    ConnectorRegistry registry;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0) "
                + "FROM outbox").getSingleResult();
        long backlog = ((Number) row[0]).longValue();
        double oldestSeconds = ((Number) row[1]).doubleValue();
        return HealthCheckResponse.named("sync-core outbox")
                .status(oldestSeconds < MAX_AGE_SECONDS)
                .withData("backlog", backlog)
                .withData("oldestSeconds", (long) oldestSeconds)
                .withData("connectors", registry.all().size())
                .build();
    }
}

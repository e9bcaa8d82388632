package io.openecma.core.imports;

import io.openecma.core.connector.ConnectorState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Until a connector's first full import succeeds, SCIM requests to it are refused with 503 (a
 * wrong answer from a half-loaded connector space would be worse). This keeps the words for that
 * 503 in connector_state.status_detail (the import running, or how it failed and when it is tried
 * again) and sets Retry-After to the wait for the next attempt after a failure.
 */
@ApplicationScoped
public class FirstImport {

    @Inject
    EntityManager em;
    @ConfigProperty(name = "openecma.import.retry-after-failure", defaultValue = "1m")
    Duration retryAfterFailure;
    @ConfigProperty(name = "openecma.import.check-interval")
    Duration checkInterval;
    @ConfigProperty(name = "openecma.scim.retry-after-seconds", defaultValue = "30")
    int retryAfterSeconds;

    @Transactional(Transactional.TxType.MANDATORY)
    public void started(ImportRun run) {
        ConnectorState state = waiting(run.connector).orElse(null);
        if (state == null) {
            return;
        }
        String previous = ImportRun.<ImportRun>find("connector = ?1 and status = ?2 order by finishedAt desc",
                        run.connector, ImportRun.FAILED).firstResultOptional()
                .map(f -> "; the previous attempt failed at " + at(f.finishedAt) + ": " + f.message).orElse("");
        state.retryAfterSeconds = retryAfterSeconds;
        detail(run.connector, "connector " + run.connector + " is running its first full import (started "
                + at(run.startedAt) + ")" + previous);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(ImportRun run) {
        ConnectorState state = waiting(run.connector).orElse(null);
        if (state == null) {
            return;
        }
        Instant next = run.finishedAt.plus(retryAfterFailure);
        state.retryAfterSeconds = (int) Math.max(1, retryAfterFailure.plus(checkInterval).toSeconds());
        state.updatedAt = Instant.now();
        detail(run.connector, "the first full import of connector " + run.connector + " failed at "
                + at(run.finishedAt) + ": " + run.message + "; it is tried again from " + at(next)
                + " (checked every " + checkInterval.toSeconds() + " s)");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void finished(String connector) {
        ConnectorState state = ConnectorState.forUpdate(connector);
        if (state != null) {
            state.retryAfterSeconds = retryAfterSeconds;
        }
        detail(connector, null);
    }

    /** Why the connector does not serve yet (null when it does), as stored for the ingress's 503. */
    public String detail(String connector) {
        List<?> rows = em.createNativeQuery("SELECT status_detail FROM connector_state WHERE connector = ?1")
                .setParameter(1, connector).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** The connector's state while its first full import has not succeeded. */
    private static Optional<ConnectorState> waiting(String connector) {
        return Optional.ofNullable(ConnectorState.forUpdate(connector)).filter(s -> !s.initialImportDone);
    }

    private void detail(String connector, String text) {
        if (text == null) {
            em.createNativeQuery("UPDATE connector_state SET status_detail = NULL WHERE connector = ?1")
                    .setParameter(1, connector).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE connector_state SET status_detail = ?1 WHERE connector = ?2")
                    .setParameter(1, text).setParameter(2, connector).executeUpdate();
        }
    }

    private static String at(Instant instant) {
        return instant == null ? "?" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

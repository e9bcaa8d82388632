package io.openecma.core.imports;

import io.openecma.core.connector.ConnectorState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Until a connector's first full import succeeds, SCIM requests to it are refused with 503 (a
 * wrong answer from a half-loaded connector space would be worse). This keeps the words for that
 * 503 in connector_state.status_detail (the import running, or how it failed and when it is tried
 * again) and sets Retry-After to the wait for the next attempt after a failure.
 */
@ApplicationScoped
public class FirstImport {

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
        state.statusDetail = "connector " + run.connector + " is running its first full import (started "
                + at(run.startedAt) + ")" + previous;
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
        state.statusDetail = "the first full import of connector " + run.connector + " failed at "
                + at(run.finishedAt) + ": " + run.message + "; it is tried again from " + at(next)
                + " (checked every " + checkInterval.toSeconds() + " s)";
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void finished(String connector) {
        ConnectorState state = ConnectorState.forUpdate(connector);
        if (state != null) {
            state.retryAfterSeconds = retryAfterSeconds;
            state.statusDetail = null;
        }
    }

    /** The connector's state while its first full import has not succeeded. */
    private static Optional<ConnectorState> waiting(String connector) {
        return Optional.ofNullable(ConnectorState.forUpdate(connector)).filter(s -> !s.initialImportDone);
    }

    private static String at(Instant instant) {
        return instant == null ? "?" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

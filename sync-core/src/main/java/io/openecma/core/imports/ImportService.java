package io.openecma.core.imports;

import io.openecma.core.connector.ConnectorLoaded;
import io.openecma.core.connector.ConnectorRegistry;
import io.openecma.core.connector.ConnectorState;
import io.openecma.core.connector.LoadedConnector;
import io.openecma.core.messaging.Outbox;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.topics.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts imports: a full import when a connector is loaded (sync-core's start included) and
 * every autosyncMinutes after the last one (a delta import when the connector supports it and a
 * watermark exists), or when an administrator asks. One run per connector at a time; a run
 * that received no page for the stall timeout (counted from its last page, or from its start
 * before the first) is failed so the next can start: a long import that keeps sending pages is
 * never failed.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    ConnectorRegistry registry;
    @Inject
    Outbox outbox;
    @Inject
    FirstImport firstImport;
    @ConfigProperty(name = "openecma.import.stall-timeout", defaultValue = "30m")
    Duration stallTimeout;
    @ConfigProperty(name = "openecma.import.retry-after-failure", defaultValue = "1m")
    Duration retryAfterFailure;

    void onLoaded(@Observes ConnectorLoaded loaded) {
        if (loaded.connector().importsEnabled() && !loaded.definitionChanged()) {
            QuarkusTransaction.requiringNew().run(() -> start(loaded.connector().name(), ImportType.Full, "start"));
        }
    }

    @Scheduled(every = "${openecma.import.check-interval}", delayed = "${openecma.import.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void autosync() {
        for (LoadedConnector connector : registry.all()) {
            if (!connector.importsEnabled()) {
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> startIfDue(connector));
            } catch (RuntimeException e) {
                LOG.errorf(e, "connector %s: autosync check failed", connector.name());
            }
        }
    }

    private void startIfDue(LoadedConnector connector) {
        // locked first, as a page's transaction does before it ends a run: the runs read below are
        // then as that transaction left them, not loaded while it ran (a run just failed would
        // look unfinished, and its retry would start at once)
        ConnectorState state = ConnectorState.forUpdate(connector.name());
        failStalled(connector.name());
        if (ImportRun.running(connector.name())) {
            return;
        }
        Optional<ImportRun> last = ImportRun.<ImportRun>find("connector = ?1 order by startedAt desc", connector.name())
                .firstResultOptional();
        if (state == null) {
            return;
        }
        if (!state.initialImportDone) {
            // the first full import failed: try again after a pause
            if (last.isEmpty() || last.get().finishedAt == null
                    || last.get().finishedAt.isBefore(Instant.now().minus(retryAfterFailure))) {
                start(connector.name(), ImportType.Full, "retry");
            }
            return;
        }
        int minutes = connector.definition().autosyncMinutes();
        if (minutes <= 0 || last.isEmpty() || last.get().startedAt.isAfter(Instant.now().minus(Duration.ofMinutes(minutes)))) {
            return;
        }
        boolean delta = connector.deltaImportEnabled() && state.watermark != null;
        start(connector.name(), delta ? ImportType.Delta : ImportType.Full, "autosync");
    }

    /** Starts a run unless one is running (and not stalled); returns it, or empty when one already runs. */
    @Transactional
    public Optional<ImportRun> start(String connectorName, ImportType type, String trigger) {
        LoadedConnector connector = registry.get(connectorName)
                .orElseThrow(() -> new IllegalArgumentException("unknown connector " + connectorName));
        ConnectorState state = ConnectorState.forUpdate(connectorName);
        failStalled(connectorName);
        if (ImportRun.running(connectorName)) {
            return Optional.empty();
        }
        if (type == ImportType.Delta && !connector.deltaImportEnabled()) {
            throw new IllegalArgumentException("connector " + connectorName + " does not support delta import");
        }
        ImportRun run = new ImportRun();
        run.runId = UUID.randomUUID();
        run.connector = connectorName;
        run.importType = type.name();
        run.status = ImportRun.RUNNING;
        run.trigger = trigger;
        run.watermarkIn = type == ImportType.Delta && state != null ? state.watermark : null;
        run.startedAt = Instant.now();
        run.persist();
        firstImport.started(run);
        outbox.send(Topics.imports(connectorName), Topics.resultKey(run.runId), new ImportRequest(
                Message.CURRENT_VERSION, UUID.randomUUID(), run.runId, connectorName, type, run.watermarkIn,
                connector.importPageSize(), run.startedAt));
        LOG.infof("connector %s: %s import %s started (%s)", connectorName, type, run.runId, trigger);
        return Optional.of(run);
    }

    /** Fails the connector's running imports that waited longer than the stall timeout for their next page. */
    private void failStalled(String connector) {
        Instant now = Instant.now();
        ImportRun.<ImportRun>list("connector = ?1 and status = ?2", connector, ImportRun.RUNNING).forEach(run -> {
            if (run.waitingSince().isBefore(now.minus(stallTimeout))) {
                run.status = ImportRun.FAILED;
                run.message = run.lastPageAt == null
                        ? "stalled: no page within " + stallTimeout + " of the start"
                        : "stalled: no page within " + stallTimeout + " after page " + run.pages + " (at " + run.lastPageAt + ")";
                run.finishedAt = now;
                LOG.warnf("connector %s: import %s %s; failed", connector, run.runId, run.message);
                firstImport.failed(run);
            }
        });
    }
}

package io.openecma.core.export;

import io.openecma.core.change.ScimRequest;
import io.openecma.core.change.Settlement;
import io.openecma.core.change.WaitingRequests;
import io.openecma.core.change.Waiters;
import io.openecma.core.connector.ConnectorRegistry;
import io.openecma.core.connector.LoadedConnector;
import io.openecma.core.messaging.DeadLetters;
import io.openecma.core.space.Anchors;
import io.openecma.core.tx.AfterCommit;
import io.openecma.core.space.AttributeShapes;
import io.openecma.core.space.CsObject;
import io.openecma.core.space.CsObjectKey;
import io.openecma.core.space.DesiredState;
import io.openecma.core.space.ExportPlan;
import io.openecma.core.space.ObjectState;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.BatchFailure;
import io.openecma.schemas.events.ExportItem;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.FailureKind;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.topics.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies what a worker reported for an export batch. Success confirms the object with the
 * exported values (plus what the script returned) and answers its requests; a returned anchor
 * moves the object to it (see {@link Anchors}), or puts it in error when another object holds
 * that anchor. A per-object error puts it in error with the script's message and answers its
 * requests (409 for an existing object, 400 otherwise). Such a refusal is final ({@link #refused}):
 * the refused change is dropped, not resent. A failed batch, or an object the script asks to retry
 * ({@link ExportFailures#retriable}), is released for a retry with backoff, each object in its own
 * batch; after the last attempt the batch is set aside as a dead letter and its objects go to error
 * (answered 503: the target kept failing), keeping their change for an administrator's retry.
 */
@ApplicationScoped
public class ExportResultApplier {

    private static final Logger LOG = Logger.getLogger(ExportResultApplier.class);
    /** How the error of a refused change begins (admin API, console). */
    public static final String REFUSED = "refused by the target, not resent: ";

    @Inject
    ConnectorRegistry registry;
    @Inject
    Settlement settlement;
    @Inject
    Waiters waiters;
    @Inject
    DeadLetters deadLetters;
    @Inject
    Anchors anchors;
    @Inject
    MeterRegistry metrics;
    @Inject
    AfterCommit afterCommit;
    @Inject
    ExportBatcher batcher;
    @Inject
    EntityManager em;
    @Inject
    WaitingRequests waiting;
    @ConfigProperty(name = "openecma.export.max-attempts", defaultValue = "5")
    int maxAttempts;
    @ConfigProperty(name = "openecma.export.retry-backoff", defaultValue = "2s")
    Duration backoff;
    @ConfigProperty(name = "openecma.export.retry-backoff-max", defaultValue = "5m")
    Duration backoffMax;
    @ConfigProperty(name = "openecma.scim.retry-after-seconds", defaultValue = "30")
    int retryAfterSeconds;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ExportResult result) {
        ExportBatchRecord batch = ExportBatchRecord.findById(result.batchId(), LockModeType.PESSIMISTIC_WRITE);
        if (batch == null || !ExportBatchRecord.SENT.equals(batch.status)) {
            LOG.infof("result for export batch %s ignored: batch %s", result.batchId(),
                    batch == null ? "unknown" : "already " + batch.status);
            return;
        }
        // its outcome is written with one UPDATE at the end; managed, its payload would be compared at every flush
        em.detach(batch);
        LoadedConnector connector = registry.get(batch.connector).orElse(null);
        if (connector == null) {
            LOG.warnf("result for export batch %s of removed connector %s ignored", batch.batchId, batch.connector);
            return;
        }
        UUID batchId = batch.batchId;
        String connectorName = batch.connector;
        afterCommit.run(() -> batcher.finished(connectorName, batchId));
        Map<UUID, CSEntryChangeResult> byIdentifier = result.results().stream()
                .collect(Collectors.toMap(CSEntryChangeResult::identifier, Function.identity(), (a, b) -> b));
        Map<CsObjectKey, CsObject> objects = lockObjects(batch, connector);
        for (ExportItem item : batch.payload.items()) {
            CsObject object = objects.get(new CsObjectKey(batch.connector, objectType(item, connector), item.anchor()));
            if (object == null || !batch.batchId.equals(object.inFlightBatch)) {
                continue;
            }
            MDC.put("anchor", item.anchor());
            CSEntryChangeResult entry = byIdentifier.get(item.change().identifier());
            if (entry != null && !entry.errorCode().isSuccess()) {
                entryFailed(object, entry, batch, connector);
                batch.failed++;
            } else if (entry == null && result.failure() != null) {
                batchFailed(object, result.failure(), batch, connector);
                batch.failed++;
            } else if (succeeded(object, item, entry, connector, batch)) {
                batch.succeeded++;
            } else {
                batch.failed++;
            }
        }
        MDC.remove("anchor");
        batch.status = result.failure() == null ? ExportBatchRecord.COMPLETED
                : batch.attempt >= maxAttempts ? ExportBatchRecord.DEAD : ExportBatchRecord.RETRYING;
        batch.failure = result.failure() == null ? null : result.failure().kind() + ": " + result.failure().message();
        batch.completedAt = Instant.now();
        batch.recordOutcome();
        if (ExportBatchRecord.DEAD.equals(batch.status)) {
            deadLetters.record(batch.connector, Topics.exports(batch.connector), batch.payload.items().get(0).anchor(),
                    "export batch failed " + batch.attempt + " times, last: " + batch.failure, Json.write(batch.payload));
        }
        metrics.counter("openecma.export.results", "connector", batch.connector, "outcome", "success")
                .increment(batch.succeeded);
        metrics.counter("openecma.export.results", "connector", batch.connector, "outcome", "error")
                .increment(batch.failed);
    }

    /**
     * The batch's objects, locked, and the requests waiting on them, read with one query each per
     * object type instead of two per object. Nothing is queried per object afterwards (except when
     * an anchor moves), so Hibernate checks the objects once, when the transaction flushes.
     */
    private Map<CsObjectKey, CsObject> lockObjects(ExportBatchRecord batch, LoadedConnector connector) {
        Map<String, List<String>> anchorsByType = new LinkedHashMap<>();
        for (ExportItem item : batch.payload.items()) {
            anchorsByType.computeIfAbsent(objectType(item, connector), t -> new ArrayList<>()).add(item.anchor());
        }
        Map<CsObjectKey, CsObject> objects = new HashMap<>();
        anchorsByType.forEach((type, anchors) -> {
            for (CsObject object : CsObject.findAllForUpdate(batch.connector, type, anchors)) {
                objects.put(new CsObjectKey(object.connector, object.objectType, object.anchor), object);
            }
            waiting.load(batch.connector, type, anchors);
        });
        return objects;
    }

    /** A batch with no result after the timeout: its worker is gone; treated as a transient failure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void timedOut(ExportBatchRecord batch) {
        apply(new ExportResult(1, UUID.randomUUID(), batch.batchId, batch.connector, null, List.of(),
                new BatchFailure(FailureKind.TIMEOUT, "no result from any worker", null), Instant.now()));
    }

    private String objectType(ExportItem item, LoadedConnector connector) {
        return item.change().objectType() != null ? item.change().objectType() : connector.definition().objectType();
    }

    /** Confirms the object with what was exported and returned; false when the returned anchor was refused. */
    private boolean succeeded(CsObject object, ExportItem item, CSEntryChangeResult entry, LoadedConnector connector,
                              ExportBatchRecord batch) {
        AttributeShapes shapes = connector.shapes(object.objectType);
        ExportPlan plan = connector.planner().plan(object.objectType, object.anchor, object.dn, object.confirmed(),
                object.inFlightChange, shapes);
        ReturnedAnchor returned = item.change().objectModificationType() == ObjectModificationType.Delete
                ? null : ReturnedAnchor.in(entry, anchorAttributes(item, connector, object.objectType)).orElse(null);
        if (returned != null && returned.problem() != null) {
            notApplied(object, "the object with anchor '" + object.anchor + "' was not moved: " + returned.problem(),
                    400, "invalidValue");
            return false;
        }
        boolean seenByImport = false;
        if (returned != null && !returned.anchor().equals(object.anchor)) {
            Moved moved = moved(object, returned, shapes, batch);
            if (moved == null) {
                return false;
            }
            object = moved.object();
            seenByImport = moved.seenByImport();
        }
        object.inFlightBatch = null;
        object.inFlightChange = null;
        if (entry != null && !entry.attributeChanges().isEmpty()) {
            plan = new ExportPlan(plan.change(), plan.after().withReturned(entry.attributeChanges(), shapes),
                    plan.removeRow());
        }
        object.exportUnconfirmed = connector.confirmsByImport() && !plan.removeRow() && !seenByImport;
        settlement.settle(object, plan, item.objectVersion(), connector);
        return true;
    }

    /** An object at its new anchor; {@code seenByImport} when an import had already read it there. */
    private record Moved(CsObject object, boolean seenByImport) {
    }

    /**
     * Moves the object to the anchor the script returned, unless another object of the connector
     * and type already holds it: then the object goes to error naming both. One holder is not another object: a row only an import made at that
     * anchor, with nothing asked of it by SCIM, after this object's create reached sync-core (for
     * an Add: the batch that carried it may have run more than once) or after the batch left (for
     * a rename), is this object read back from the target before its result arrived; it gives
     * way. Returns null when the move was refused.
     */
    private Moved moved(CsObject object, ReturnedAnchor returned, AttributeShapes shapes, ExportBatchRecord batch) {
        String from = object.anchor;
        String to = returned.anchor();
        // on an Add Entra is still waiting for the id: it is derived from the anchor the Add ended with
        boolean scimIdToo = !object.provisioned;
        anchors.lockKey(object.connector, object.objectType, to);
        CsObject holder = CsObject.findForUpdate(object.connector, object.objectType, to).orElse(null);
        UUID seenBy = null;
        if (holder != null && importedSince(holder, scimIdToo ? object.createdAt : batch.createdAt)) {
            LOG.infof("object %s/%s/%s, read by import %s while its export was on its way, is the object %s",
                    holder.connector, holder.objectType, to, holder.lastImportRun, from);
            seenBy = holder.lastImportRun;
            holder.delete();
            holder = null;
        }
        if (holder != null) {
            notApplied(object, "the Export script gave the object with anchor '" + from + "' the new anchor '" + to
                    + "', but the object with anchor '" + holder.anchor + "' already has it (connector "
                    + object.connector + ", type " + object.objectType + "); the object was not moved", 409, "uniqueness");
            return null;
        }
        // the new anchor may be the SCIM id a renamed object kept: then the Add gets another id, as an import would
        String scimId = scimIdToo ? Anchors.scimIdFor(object.connector, object.objectType, to,
                id -> anchors.holderOfScimId(object.connector, object.objectType, id)
                        .filter(a -> !a.equals(from) && !a.equals(to)).isPresent()) : object.scimId;
        waiting.forget(object.connector, object.objectType, from);
        CsObject moved = anchors.move(object, to, scimId);
        if (moved.pendingChange != null) {
            // a change that waited behind this export must not set the anchor back
            moved.pendingChange = withAnchor(moved.pendingChange, shapes.canonical(returned.attribute()), returned.value());
        }
        if (seenBy != null) {
            moved.lastImportRun = seenBy;
        }
        MDC.put("anchor", to);
        metrics.counter("openecma.export.anchor-moves", "connector", moved.connector).increment();
        LOG.infof("object %s/%s/%s moved to anchor %s returned by the Export script (SCIM id %s)", moved.connector,
                moved.objectType, from, to, moved.scimId);
        return new Moved(moved, seenBy != null);
    }

    /** A row only an import made, not before {@code since}: nothing was asked of it and it waits for nothing. */
    private static boolean importedSince(CsObject holder, Instant since) {
        return holder.lastImportRun != null && holder.pendingChange == null && holder.inFlightBatch == null
                && holder.provisioned && !holder.createdAt.isBefore(since)
                && ScimRequest.latest(holder.connector, holder.objectType, holder.anchor).isEmpty();
    }

    /** The names the object's anchor attribute goes by: as exported, in the definition and in the schema. */
    private static Set<String> anchorAttributes(ExportItem item, LoadedConnector connector, String objectType) {
        Set<String> names = new LinkedHashSet<>();
        item.change().anchorAttributes().forEach(a -> names.add(a.name()));
        if (connector.definition().anchorAttribute() != null) {
            names.add(connector.definition().anchorAttribute());
        }
        if (connector.schema() != null) {
            connector.schema().type(objectType).ifPresent(t -> t.anchorAttributes().forEach(a -> names.add(a.name())));
        }
        return names;
    }

    private static DesiredState withAnchor(DesiredState desired, String attribute, Object value) {
        Map<String, Object> attributes = new LinkedHashMap<>(desired.attributes());
        attributes.keySet().removeIf(k -> k.equalsIgnoreCase(attribute));
        attributes.put(attribute, value);
        return new DesiredState(attributes, desired.active(), desired.deleted());
    }

    /** The script's result cannot be applied as it is: the object goes to error, its requests are answered. */
    private void notApplied(CsObject object, String message, int httpStatus, String scimType) {
        toError(object, message);
        waiters.failed(object.connector, object.objectType, object.anchor, httpStatus, scimType, message, null);
        LOG.warnf("export result for %s/%s not applied: %s", object.connector, object.anchor, message);
    }

    private void entryFailed(CsObject object, CSEntryChangeResult entry, ExportBatchRecord batch,
                             LoadedConnector connector) {
        String detail = ExportFailures.detail(entry.errorCode(), entry.errorName(), entry.errorDetail());
        if (ExportFailures.retriable(entry.errorCode())) {
            batchFailed(object, new BatchFailure(FailureKind.TRANSIENT, entry.errorCode() + ": " + detail, null),
                    batch, connector);
            return;
        }
        refused(object, entry.errorCode() + ": " + detail);
        waiters.failed(object.connector, object.objectType, object.anchor, ExportFailures.httpStatus(entry.errorCode()),
                ExportFailures.scimType(entry.errorCode()), detail, null);
        LOG.warnf("export of %s/%s refused: %s", object.connector, object.anchor, object.lastError);
    }

    private void batchFailed(CsObject object, BatchFailure failure, ExportBatchRecord batch, LoadedConnector connector) {
        String message = failure.message() + (failure.scriptLocation() == null ? "" : " (" + failure.scriptLocation() + ")");
        boolean alone = batch.itemCount == 1;
        if (failure.kind() == FailureKind.PERMANENT && alone) {
            refused(object, "Export script failed: " + message);
            waiters.failed(object.connector, object.objectType, object.anchor, 400, "invalidValue", message, null);
            return;
        }
        if (batch.attempt >= maxAttempts) {
            toError(object, "export failed " + batch.attempt + " times: " + message);
            waiters.failed(object.connector, object.objectType, object.anchor, 503, null,
                    "the target system kept failing: " + message, retryAfterSeconds);
            return;
        }
        // back to pending; the coalesced change (if any) already holds the newest desired state
        if (object.pendingChange == null) {
            object.pendingChange = object.inFlightChange;
        }
        object.inFlightBatch = null;
        object.inFlightChange = null;
        object.exportAttempts = batch.attempt;
        object.nextExportAt = Instant.now().plus(backoffFor(batch.attempt));
        object.lastError = failure.kind() + ": " + message;
        object.setState(ObjectState.pending(object.confirmed(), object.pendingChange, connector.exportSettings()));
        object.touch(Instant.now());
    }

    /**
     * The target refused the object's change for good, and every request waiting on the object is
     * answered with that refusal: the change is dropped rather than left pending, so no later
     * change carries it to the target again (the client decides whether to send it again). The
     * object keeps what the target last confirmed and stays in error, with the reason, where
     * failures are listed, until its next change or an administrator's discard.
     */
    private void refused(CsObject object, String reason) {
        object.pendingChange = null;
        object.inFlightBatch = null;
        object.inFlightChange = null;
        object.exportAttempts = 0;
        object.nextExportAt = null;
        object.lastError = REFUSED + reason;
        object.setState(ObjectState.ERROR);
        object.touch(Instant.now());
        metrics.counter("openecma.export.errors", "connector", object.connector).increment();
        metrics.counter("openecma.export.refusals", "connector", object.connector).increment();
    }

    private void toError(CsObject object, String message) {
        if (object.pendingChange == null) {
            object.pendingChange = object.inFlightChange;
        }
        object.inFlightBatch = null;
        object.inFlightChange = null;
        object.lastError = message;
        object.setState(ObjectState.ERROR);
        object.touch(Instant.now());
        metrics.counter("openecma.export.errors", "connector", object.connector).increment();
    }

    Duration backoffFor(int attempt) {
        long millis = backoff.toMillis() * (1L << Math.min(attempt - 1, 20));
        return Duration.ofMillis(Math.min(millis, backoffMax.toMillis()));
    }
}

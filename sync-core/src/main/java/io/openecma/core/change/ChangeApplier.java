package io.openecma.core.change;

import io.openecma.core.connector.ConnectorRegistry;
import io.openecma.core.connector.LoadedConnector;
import io.openecma.core.messaging.MessageLedger;
import io.openecma.core.space.Anchors;
import io.openecma.core.space.ConfirmedState;
import io.openecma.core.space.CsObject;
import io.openecma.core.space.DesiredState;
import io.openecma.core.space.ExportPlan;
import io.openecma.core.space.InvalidChangeException;
import io.openecma.core.space.ObjectState;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ScimChangeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import io.openecma.core.space.ExportPending;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import io.openecma.schemas.tracing.KafkaTracing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one SCIM change event to the connector space in one transaction: the object gets the
 * new desired state and waits for its export (coalescing with whatever already waits), or the
 * request is answered at once (unknown object 404, duplicate anchor 409, invalid change 400,
 * nothing to export 200). A redelivered event, or a retried identical request, changes nothing.
 */
@ApplicationScoped
public class ChangeApplier {

    static final String CONSUMER = "scim-changes";
    private static final Logger LOG = Logger.getLogger(ChangeApplier.class);

    @Inject
    KafkaTracing tracing;
    @Inject
    MessageLedger ledger;
    @Inject
    ConnectorRegistry registry;
    @Inject
    Waiters waiters;
    @Inject
    Settlement settlement;
    @Inject
    Anchors anchors;
    @Inject
    ImportGate importGate;
    @Inject
    MeterRegistry metrics;
    @Inject
    Event<ExportPending> exportPending;
    @ConfigProperty(name = "openecma.scim.duplicate-window", defaultValue = "10m")
    Duration duplicateWindow;

    /** Applies the change unless the ledger says it was applied already. */
    @Transactional
    public void apply(ScimChangeEvent event) {
        if (!ledger.firstDelivery(CONSUMER, event.messageId())) {
            LOG.debugf("change %s already applied", event.messageId());
            return;
        }
        applyFirstDelivery(event);
    }

    /** Records a poll's changes in the ledger with one statement: the ids seen for the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> recordAll(List<ScimChangeEvent> events) {
        return ledger.firstDeliveries(CONSUMER, events.stream().map(ScimChangeEvent::messageId).toList());
    }

    /** Applies a change the caller has recorded in the ledger in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyFirstDelivery(ScimChangeEvent event) {
        Optional<LoadedConnector> found = registry.get(event.connector());
        if (found.isEmpty()) {
            waiters.answerNow(event, 404, null, "unknown connector " + event.connector(), null);
            return;
        }
        LoadedConnector connector = found.get();
        Optional<ImportGate.Closed> closed = importGate.closed(event.connector());
        if (closed.isPresent()) {
            waiters.answerNow(event, 503, null, closed.get().detail(), closed.get().retryAfterSeconds());
            return;
        }
        String sent = event.anchor();
        CsObject object = CsObject.findForUpdate(event.connector(), event.objectType(), sent).orElse(null);
        if (object == null) {
            event = atCurrentAnchor(event);
            if (!event.anchor().equals(sent)) {
                object = CsObject.findForUpdate(event.connector(), event.objectType(), event.anchor()).orElse(null);
            }
        }
        if (answeredAsRetry(event)) {
            return;
        }
        try {
            DesiredState desired = desiredState(event, sent, object, connector);
            if (desired == null) {
                return;
            }
            if (object == null) {
                object = newObject(event);
                if (object == null) {
                    return;
                }
            }
            accept(event, object, desired, connector);
            metrics.counter("openecma.scim.changes", "connector", event.connector(),
                    "operation", event.operation().name()).increment();
        } catch (InvalidChangeException e) {
            waiters.answerNow(event, 400, "invalidValue", e.getMessage(), null);
        }
    }

    /**
     * The event, whose anchor holds no object, addressed to the object's current anchor: an export
     * may have moved the object (the target generated or renamed its anchor) after the request
     * read the old one.
     */
    private ScimChangeEvent atCurrentAnchor(ScimChangeEvent event) {
        return anchors.forwarded(event.connector(), event.objectType(), event.anchor()).map(current -> {
            LOG.infof("change %s for anchor '%s' applies to the object that moved to '%s'", event.correlationId(),
                    event.anchor(), current);
            return new ScimChangeEvent(event.schemaVersion(), event.messageId(), event.correlationId(),
                    event.connector(), event.objectType(), event.scimId(), current, event.operation(), event.deltas(),
                    event.active(), event.requestFingerprint(), event.hasPassword(), event.occurredAt(),
                    event.password(), event.replyPartition());
        }).orElse(event);
    }

    /** The desired state the event asks for, or null when it was answered with an error. */
    private DesiredState desiredState(ScimChangeEvent event, String sent, CsObject object, LoadedConnector connector) {
        // an object whose create is still on its way counts: changes to it wait and coalesce
        boolean exists = object != null && !object.projected().deleted()
                && (object.provisioned || object.objectState() != ObjectState.ERROR);
        var shapes = connector.shapes(event.objectType());
        switch (event.operation()) {
            case CREATE -> {
                boolean retryOfFailedCreate = object != null && !object.provisioned
                        && object.objectState() == ObjectState.ERROR;
                if (object != null && !retryOfFailedCreate) {
                    waiters.answerNow(event, 409, "uniqueness", "an object with anchor '" + sent + "' already exists"
                            + (sent.equals(event.anchor()) ? "" : " (the target gave it the anchor '" + event.anchor() + "')")
                            + " in connector " + event.connector(), null);
                    return null;
                }
                return DesiredState.of(Map.of(), true).apply(event.deltas(),
                        event.active() == null ? Boolean.TRUE : event.active(), shapes);
            }
            case REPLACE, MODIFY, DELETE -> {
                if (!exists) {
                    waiters.answerNow(event, 404, null, "no object with anchor '" + event.anchor() + "' in connector "
                            + event.connector(), null);
                    return null;
                }
                DesiredState base = object.projected();
                if (event.operation() == ChangeOperation.DELETE) {
                    return base.markDeleted();
                }
                if (event.operation() == ChangeOperation.REPLACE) {
                    // PUT replaces every attribute; the anchor attribute stays what it is
                    Map<String, Object> kept = new java.util.LinkedHashMap<>();
                    String anchorAttribute = connector.definition().anchorAttribute();
                    Object anchorValue = anchorAttribute == null ? null
                            : io.openecma.core.space.AttributeMap.get(base.attributes(), anchorAttribute);
                    if (anchorValue != null) {
                        kept.put(anchorAttribute, anchorValue);
                    }
                    base = DesiredState.of(kept, base.active());
                }
                return base.apply(event.deltas(), event.active(), shapes);
            }
            default -> throw new IllegalStateException("unknown operation " + event.operation());
        }
    }

    /**
     * A new object, persisted once its change is set (Hibernate inserts the state it had at persist);
     * null when its SCIM id is still another object's (one renamed by its Export script keeps the
     * id Entra knows), which was answered with 409.
     */
    private CsObject newObject(ScimChangeEvent event) {
        anchors.lockKey(event.connector(), event.objectType(), event.anchor());
        String scimId = event.scimId() == null ? event.anchor() : event.scimId();
        Optional<String> holder = anchors.holderOfScimId(event.connector(), event.objectType(), scimId);
        if (holder.isPresent()) {
            waiters.answerNow(event, 409, "uniqueness", "the id '" + scimId + "' belongs to the object with anchor '"
                    + holder.get() + "' in connector " + event.connector(), null);
            return null;
        }
        CsObject object = new CsObject();
        object.connector = event.connector();
        object.objectType = event.objectType();
        object.anchor = event.anchor();
        object.scimId = scimId;
        object.attributes = Map.of();
        object.active = true;
        object.version = 0;
        object.createdAt = Instant.now();
        object.updatedAt = object.createdAt;
        object.setState(ObjectState.PENDING_ADD);
        return object;
    }

    private void accept(ScimChangeEvent event, CsObject object, DesiredState desired, LoadedConnector connector) {
        Instant now = Instant.now();
        object.pendingChange = desired;
        object.pendingTrace = tracing.currentHeaders().get(KafkaTracing.TRACEPARENT);
        object.touch(now);
        object.lastError = null;
        object.exportAttempts = 0;
        object.nextExportAt = now;
        ConfirmedState confirmed = object.confirmed();
        object.setState(ObjectState.pending(confirmed, desired, connector.exportSettings()));
        if (!object.isPersistent()) {
            object.persist();
        }
        waiters.await(event, object.version);
        if (object.inFlightBatch == null) {
            ExportPlan plan = connector.planner().plan(object.objectType, object.anchor, object.dn, confirmed, desired,
                    connector.shapes(object.objectType));
            if (!plan.needsExport()) {
                object.pendingChange = null;
                settlement.settle(object, plan, object.version, connector);
            } else {
                exportPending.fire(new ExportPending(object.connector));
            }
        }
        LOG.debugf("change %s %s applied to %s/%s (state %s)", event.operation(), event.correlationId(),
                event.connector(), event.anchor(), object.state);
    }

    /** A retried identical request: answered from the first one's outcome, or waits with it. */
    private boolean answeredAsRetry(ScimChangeEvent event) {
        if (event.requestFingerprint() == null) {
            return false;
        }
        Optional<ScimRequest> latest = ScimRequest.latest(event.connector(), event.objectType(), event.anchor());
        if (latest.isEmpty() || !event.requestFingerprint().equals(latest.get().fingerprint)
                || latest.get().receivedAt.isBefore(Instant.now().minus(duplicateWindow))) {
            return false;
        }
        ScimRequest first = latest.get();
        if (ScimRequest.ANSWERED.equals(first.status) && first.outcome != null) {
            waiters.answerAgain(event, first.outcome);
        } else {
            waiters.await(event, first.objectVersion);
        }
        LOG.infof("request %s is a retry of %s; not applied again", event.correlationId(), first.correlationId);
        return true;
    }
}

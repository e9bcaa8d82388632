package io.openecma.core.change;

import io.openecma.core.messaging.FailedMessages;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.topics.Topics;
import io.openecma.schemas.tracing.KafkaTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.openecma.core.connector.ConnectorRegistry;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Consumes openecma.scim-changes a poll at a time. All changes of one poll are applied in one
 * transaction (group commit: one commit for many waiting requests, one ledger statement for all
 * their ids); if that fails, each change
 * is applied again in a transaction of its own, so one bad change only affects itself. The
 * handler's transactions commit before this method returns, and SmallRye acknowledges (and later
 * commits the offsets of) the records only after that, so a crash before the commit redelivers
 * them and the ledger makes the redelivery harmless. A change no retry can apply
 * ({@link PermanentRefusal}) is answered 400 at once: no retries, no dead letter.
 */
@ApplicationScoped
public class ScimChangeConsumer {

    private static final Logger LOG = Logger.getLogger(ScimChangeConsumer.class);

    private record Change(ScimChangeEvent event, String payload, ConsumerRecord<String, String> record) {
    }

    @Inject
    ChangeApplier applier;
    @Inject
    FailedMessages failed;
    @Inject
    Waiters waiters;
    @Inject
    EntityManager em;
    @Inject
    ConnectorRegistry registry;
    @Inject
    KafkaTracing tracing;

    @Incoming("scim-changes")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        registry.awaitFirstScan();
        List<Change> changes = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                ScimChangeEvent event = Json.read(record.value(), ScimChangeEvent.class);
                String problem = PermanentRefusal.problem(event);
                if (problem != null) {
                    refuse(event, problem);
                } else {
                    changes.add(new Change(event, record.value(), record));
                }
            } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
                failed.unreadable(Topics.SCIM_CHANGES, record.key(), record.value(), e);
            }
        }
        if (changes.size() > 1 && appliedTogether(changes)) {
            return;
        }
        changes.forEach(this::applyAlone);
    }

    /**
     * Applies one change inside a span that continues the SCIM request's trace (from the record's
     * headers): the pending object stores it for its export batch, and an outcome answered at once
     * is sent under it.
     */
    private void traced(Change change, Runnable work) {
        Span span = tracing.receive("openecma.scim-change apply", change.record());
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } finally {
            span.end();
        }
    }

    private boolean appliedTogether(List<Change> changes) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Set<UUID> fresh = applier.recordAll(changes.stream().map(Change::event).toList());
                for (Change c : changes) {
                    // a message delivered twice in one poll is applied once
                    if (!fresh.remove(c.event().messageId())) {
                        continue;
                    }
                    traced(c, () -> applier.applyFirstDelivery(c.event()));
                    // each change's rows are written now and forgotten: Hibernate checks every entity
                    // it manages before each query, so a context that grows with the poll would make
                    // the group commit quadratic in its size
                    em.flush();
                    em.clear();
                }
            });
            return true;
        } catch (RuntimeException e) {
            LOG.infof("%d changes failed together (%s); applying each on its own", changes.size(), e.toString());
            return false;
        }
    }

    /** Applies the change; one that failed with a data exception is answered 400 instead of retried. */
    private void applyOrRefuse(ScimChangeEvent event) {
        try {
            applier.apply(event);
        } catch (RuntimeException e) {
            String sqlState = PermanentRefusal.dataException(e);
            if (sqlState == null) {
                throw e;
            }
            refuse(event, "the change holds a value the connector space cannot store (SQLSTATE " + sqlState + ")");
        }
    }

    private void refuse(ScimChangeEvent event, String reason) {
        LOG.infof("change %s refused without retry: %s", event.correlationId(), reason);
        try {
            QuarkusTransaction.requiringNew().run(() -> waiters.answerNow(event, 400, "invalidValue", reason, null));
        } catch (RuntimeException e) {
            // e.g. the connector's name itself cannot be stored: the request times out at the ingress
            LOG.warnf("change %s could not be answered: %s", event.correlationId(), e.toString());
        }
    }

    private void applyAlone(Change change) {
        ScimChangeEvent event = change.event();
        MDC.put("correlationId", String.valueOf(event.correlationId()));
        MDC.put("anchor", event.anchor());
        try {
            traced(change, () -> failed.withRetries(() -> applyOrRefuse(event),
                    e -> failed.changeFailed(event, change.payload(), e)));
        } finally {
            MDC.remove("correlationId");
            MDC.remove("anchor");
        }
    }
}

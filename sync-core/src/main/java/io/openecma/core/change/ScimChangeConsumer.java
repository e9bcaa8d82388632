package io.openecma.core.change;

import io.openecma.core.messaging.FailedMessages;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.topics.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumes openecma.scim-changes a poll at a time. All changes of one poll are applied in one
 * transaction (group commit: one commit for many waiting requests); if that fails, each change
 * is applied again in a transaction of its own, so one bad change only affects itself. The
 * handler's transactions commit before this method returns, and SmallRye acknowledges (and later
 * commits the offsets of) the records only after that, so a crash before the commit redelivers
 * them and the ledger makes the redelivery harmless.
 */
@ApplicationScoped
public class ScimChangeConsumer {

    private static final Logger LOG = Logger.getLogger(ScimChangeConsumer.class);

    private record Change(ScimChangeEvent event, String payload) {
    }

    @Inject
    ChangeApplier applier;
    @Inject
    FailedMessages failed;

    @Incoming("scim-changes")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<Change> changes = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                changes.add(new Change(Json.read(record.value(), ScimChangeEvent.class), record.value()));
            } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
                failed.unreadable(Topics.SCIM_CHANGES, record.key(), record.value(), e);
            }
        }
        if (changes.size() > 1 && appliedTogether(changes)) {
            return;
        }
        changes.forEach(this::applyAlone);
    }

    private boolean appliedTogether(List<Change> changes) {
        try {
            QuarkusTransaction.requiringNew().run(() -> changes.forEach(c -> applier.apply(c.event())));
            return true;
        } catch (RuntimeException e) {
            LOG.infof("%d changes failed together (%s); applying each on its own", changes.size(), e.toString());
            return false;
        }
    }

    private void applyAlone(Change change) {
        ScimChangeEvent event = change.event();
        MDC.put("correlationId", String.valueOf(event.correlationId()));
        MDC.put("anchor", event.anchor());
        try {
            failed.withRetries(() -> applier.apply(event), e -> failed.changeFailed(event, change.payload(), e));
        } finally {
            MDC.remove("correlationId");
            MDC.remove("anchor");
        }
    }
}

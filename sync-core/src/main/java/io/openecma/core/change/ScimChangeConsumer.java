package io.openecma.core.change;

import io.openecma.core.messaging.FailedMessages;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.topics.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

import java.io.UncheckedIOException;

/**
 * Consumes openecma.scim-changes. The handler's transaction commits before this method returns,
 * and SmallRye acknowledges (and later commits the offset of) a record only after that, so a
 * crash before the commit redelivers the event and the ledger makes the redelivery harmless.
 */
@ApplicationScoped
public class ScimChangeConsumer {

    @Inject
    ChangeApplier applier;
    @Inject
    FailedMessages failed;

    @Incoming("scim-changes")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        ScimChangeEvent event;
        try {
            event = Json.read(record.value(), ScimChangeEvent.class);
        } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
            failed.unreadable(Topics.SCIM_CHANGES, record.key(), record.value(), e);
            return;
        }
        MDC.put("correlationId", String.valueOf(event.correlationId()));
        MDC.put("anchor", event.anchor());
        try {
            failed.withRetries(() -> applier.apply(event),
                    e -> failed.changeFailed(event, record.value(), e));
        } finally {
            MDC.remove("correlationId");
            MDC.remove("anchor");
        }
    }
}

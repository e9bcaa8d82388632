package io.openecma.core.results;

import io.openecma.core.messaging.FailedMessages;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.WorkerResult;
import io.openecma.schemas.topics.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.io.UncheckedIOException;

/**
 * Consumes openecma.results (export results, import pages, schema and password results). As for
 * SCIM changes, the offset is acknowledged only after the handler's transaction committed.
 */
@ApplicationScoped
public class ResultConsumer {

    @Inject
    ResultDispatcher dispatcher;
    @Inject
    FailedMessages failed;

    @Incoming("results")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        WorkerResult result;
        try {
            result = Json.read(record.value(), WorkerResult.class);
        } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
            failed.unreadable(Topics.RESULTS, record.key(), record.value(), e);
            return;
        }
        failed.withRetries(() -> dispatcher.apply(result),
                e -> failed.resultFailed(result.connector(), record.key(), record.value(), e));
    }
}

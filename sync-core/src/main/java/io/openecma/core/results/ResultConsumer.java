package io.openecma.core.results;

import io.openecma.core.messaging.FailedMessages;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.WorkerResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.schemas.tracing.KafkaTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.openecma.core.connector.ConnectorRegistry;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.io.UncheckedIOException;

/**
 * Consumes the workers' two lanes: openecma.results (export results, schema and password results)
 * and openecma.import-pages. Each lane has consumers of its own, so an import page that takes
 * seconds to apply never holds back the export results SCIM requests wait for. (Import pages that
 * a worker of an earlier release sent to openecma.results are applied there as well.) As for SCIM
 * changes, the offset is acknowledged only after the handler's transaction committed.
 */
@ApplicationScoped
public class ResultConsumer {

    @Inject
    ResultDispatcher dispatcher;
    @Inject
    FailedMessages failed;
    @Inject
    ConnectorRegistry registry;
    @Inject
    KafkaTracing tracing;

    @Incoming("results")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        apply(Topics.RESULTS, record);
    }

    @Incoming("import-pages")
    @Blocking
    public void consumeImportPage(ConsumerRecord<String, String> record) {
        apply(Topics.IMPORT_PAGES, record);
    }

    /** Applies the result inside a span that continues the worker's trace; the outcome it sends continues it. */
    private void apply(String topic, ConsumerRecord<String, String> record) {
        registry.awaitFirstScan();
        Span span = tracing.receive("openecma.result apply", record);
        try (Scope ignored = span.makeCurrent()) {
            applyTraced(topic, record);
        } finally {
            span.end();
        }
    }

    private void applyTraced(String topic, ConsumerRecord<String, String> record) {
        WorkerResult result;
        try {
            result = Json.read(record.value(), WorkerResult.class);
        } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
            failed.unreadable(topic, record.key(), record.value(), e);
            return;
        }
        failed.withRetries(() -> dispatcher.apply(result),
                e -> failed.resultFailed(result.connector(), record.key(), record.value(), e));
    }
}

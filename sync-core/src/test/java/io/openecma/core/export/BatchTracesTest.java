package io.openecma.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.openecma.core.messaging.OutboxMessage;
import io.openecma.core.messaging.OutboxRelayRecords;
import io.openecma.core.space.CsObject;
import io.openecma.schemas.tracing.KafkaTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The export batch's place in the SCIM requests' traces, and the outbox row's context as record headers. */
class BatchTracesTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    private final KafkaTracing tracing = new KafkaTracing(sdk);

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void theBatchContinuesTheFirstChangesTraceAndLinksTheOthers() {
        Span first = tracing.span("first request").startSpan();
        Span second = tracing.span("second request").startSpan();
        List<CsObject> objects = List.of(pending(null), pending(first), pending(second));
        BatchTraces traces = new BatchTraces();
        traces.tracing = tracing;

        Span batch = traces.batchSpan("hr", objects);
        Span outboxContext;
        OutboxMessage row = new OutboxMessage();
        row.topic = "openecma.exports.hr";
        row.key = "a";
        row.payload = "{}";
        try (Scope ignored = batch.makeCurrent()) {
            var trace = tracing.currentHeaders();
            row.traceparent = trace.get(KafkaTracing.TRACEPARENT);
            row.tracestate = trace.get(KafkaTracing.TRACESTATE);
            outboxContext = Span.current();
        } finally {
            batch.end();
        }
        SpanData data = spans.getFinishedSpanItems().get(0);
        assertEquals(first.getSpanContext().getTraceId(), data.getTraceId());
        assertEquals(first.getSpanContext().getSpanId(), data.getParentSpanId());
        assertEquals(List.of(second.getSpanContext().getSpanId()),
                data.getLinks().stream().map(LinkData::getSpanContext).map(c -> c.getSpanId()).toList());
        assertEquals(3L, data.getAttributes().get(BatchTraces.OBJECTS));
        assertEquals("hr", data.getAttributes().get(BatchTraces.CONNECTOR));

        ProducerRecord<String, String> record = OutboxRelayRecords.ofReturnedRow(returned(row));
        String header = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertEquals("00-" + data.getTraceId() + "-" + outboxContext.getSpanContext().getSpanId() + "-01", header);
    }

    @Test
    void withoutStoredTracesTheBatchIsARootAndTheRecordHasNoHeader() {
        BatchTraces traces = new BatchTraces(); // tracing off: KafkaTracing.OFF
        Span batch = traces.batchSpan("hr", List.of(pending(null)));
        assertFalse(batch.isRecording());
        batch.end();
        OutboxMessage row = new OutboxMessage();
        row.topic = "t";
        assertEquals(0, OutboxRelayRecords.ofReturnedRow(returned(row)).headers().toArray().length);
    }

    /** The row as the relay's DELETE … RETURNING gives it. */
    private static Object[] returned(OutboxMessage row) {
        return new Object[] {row.id, row.topic, row.partition, row.key, row.payload, row.traceparent, row.tracestate};
    }

    private static CsObject pending(Span request) {
        CsObject object = new CsObject();
        if (request != null) {
            object.pendingTrace = "00-" + request.getSpanContext().getTraceId() + "-" + request.getSpanContext().getSpanId() + "-01";
        }
        return object;
    }
}

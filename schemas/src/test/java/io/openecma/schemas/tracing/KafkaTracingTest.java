package io.openecma.schemas.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

class KafkaTracingTest {

    private InMemorySpanExporter spans;
    private OpenTelemetrySdk sdk;
    private KafkaTracing tracing;

    @BeforeEach
    void sdk() {
        spans = InMemorySpanExporter.create();
        sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        tracing = new KafkaTracing(sdk);
    }

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void theProducersContextIsWrittenAsTraceparentAndTheConsumerSpanIsItsChild() {
        Span request = tracing.span("request").startSpan();
        Headers headers = new RecordHeaders();
        try (Scope ignored = request.makeCurrent()) {
            tracing.inject(headers);
        } finally {
            request.end();
        }
        String traceparent = new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        // W3C: version-traceid-parentid-flags
        assertEquals("00-" + request.getSpanContext().getTraceId() + "-" + request.getSpanContext().getSpanId() + "-01",
                traceparent);

        Span received = tracing.receive("received", record("openecma.scim-changes", headers));
        received.end();
        SpanData child = exported("received");
        assertEquals(request.getSpanContext().getTraceId(), child.getTraceId());
        assertEquals(request.getSpanContext().getSpanId(), child.getParentSpanId());
        assertEquals(SpanKind.CONSUMER, child.getKind());
        assertEquals("openecma.scim-changes", child.getAttributes().get(KafkaTracing.DESTINATION));
    }

    @Test
    void aResentRecordCarriesOneContextNotTwo() {
        Headers headers = new RecordHeaders();
        for (String name : List.of("first", "second")) {
            Span span = tracing.span(name).startSpan();
            try (Scope ignored = span.makeCurrent()) {
                tracing.inject(headers);
            } finally {
                span.end();
            }
        }
        assertEquals(1, headers.toArray().length);
    }

    @Test
    void aRecordWithoutContextStartsANewTrace() {
        Span received = tracing.receive("received", record("t", new RecordHeaders()));
        received.end();
        assertTrue(exported("received").getParentSpanContext().getSpanId().equals("0000000000000000"));
    }

    @Test
    void aStoredContextLeadsBackToItsSpan() {
        Span change = tracing.span("change").startSpan();
        Map<String, String> stored;
        try (Scope ignored = change.makeCurrent()) {
            stored = tracing.currentHeaders();
        } finally {
            change.end();
        }
        var restored = tracing.stored(stored.get(KafkaTracing.TRACEPARENT), null);
        assertEquals(change.getSpanContext().getTraceId(), restored.getTraceId());
        assertEquals(change.getSpanContext().getSpanId(), restored.getSpanId());
        assertTrue(restored.isSampled());
        assertFalse(tracing.stored(null, null).isValid());
        assertFalse(tracing.stored("not a traceparent", null).isValid());
    }

    /**
     * Every hop of a SCIM write with the same helper the services use: ingress request → scim change →
     * sync-core apply (context stored with the object) → export batch (the outbox row's context as
     * headers) → worker, script run → result → sync-core apply → outcome → ingress. One trace id, and
     * each span the child of the one before it.
     */
    @Test
    void oneTraceFromTheRequestToTheScriptAndBack() {
        Span request = tracing.span("POST /Users").startSpan();
        Headers change = new RecordHeaders();
        try (Scope ignored = request.makeCurrent()) {
            tracing.inject(change);
        }
        String pendingTrace = hop("openecma.scim-change apply", change, null).get(KafkaTracing.TRACEPARENT);

        Span batch = tracing.span("openecma.export-batch build")
                .setParent(io.opentelemetry.context.Context.root().with(Span.wrap(tracing.stored(pendingTrace, null))))
                .startSpan();
        Headers exportBatch = new RecordHeaders();
        try (Scope ignored = batch.makeCurrent()) {
            Map<String, String> outboxRow = tracing.currentHeaders();
            // what the outbox relay writes from the row's columns
            exportBatch.add("traceparent", outboxRow.get("traceparent").getBytes(StandardCharsets.UTF_8));
        } finally {
            batch.end();
        }
        Headers result = new RecordHeaders();
        Span worker = tracing.receive("openecma.export-batch receive", record("openecma.exports.hr", exportBatch));
        try (Scope ignored = worker.makeCurrent()) {
            Span script = tracing.span("openecma.script export").startSpan();
            script.end();
            tracing.inject(result);
        } finally {
            worker.end();
        }
        Headers outcome = new RecordHeaders();
        hop("openecma.result apply", result, outcome);
        Span answered = tracing.receive("openecma.outcome receive", record("openecma.outcomes", outcome));
        answered.end();
        request.end();

        List<SpanData> all = spans.getFinishedSpanItems();
        assertEquals(Set.of(request.getSpanContext().getTraceId()),
                all.stream().map(SpanData::getTraceId).collect(Collectors.toSet()), "one trace");
        assertEquals(exported("POST /Users").getSpanId(), exported("openecma.scim-change apply").getParentSpanId());
        assertEquals(exported("openecma.scim-change apply").getSpanId(), exported("openecma.export-batch build").getParentSpanId());
        assertEquals(exported("openecma.export-batch build").getSpanId(), exported("openecma.export-batch receive").getParentSpanId());
        assertEquals(exported("openecma.export-batch receive").getSpanId(), exported("openecma.script export").getParentSpanId());
        assertEquals(exported("openecma.export-batch receive").getSpanId(), exported("openecma.result apply").getParentSpanId());
        assertEquals(exported("openecma.result apply").getSpanId(), exported("openecma.outcome receive").getParentSpanId());
    }

    @Test
    void offWritesNoHeaderAndRecordsNothing() {
        Span outer = tracing.span("outer").startSpan();
        Headers headers = new RecordHeaders();
        try (Scope ignored = outer.makeCurrent()) {
            KafkaTracing.OFF.inject(headers);
            assertEquals(Map.of(), KafkaTracing.OFF.currentHeaders());
        } finally {
            outer.end();
        }
        assertEquals(0, headers.toArray().length);
        Span received = KafkaTracing.OFF.receive("received", record("t", headers));
        assertFalse(received.isRecording());
        received.end();
        assertFalse(KafkaTracing.OFF.stored("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null).isValid());
        assertNull(spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals("received")).findAny().orElse(null));
    }

    /** A consumer span from the headers; inside it, what the next record would carry (and the context stored). */
    private Map<String, String> hop(String name, Headers in, Headers out) {
        Span span = tracing.receive(name, record("t", in));
        try (Scope ignored = span.makeCurrent()) {
            if (out != null) {
                tracing.inject(out);
            }
            return tracing.currentHeaders();
        } finally {
            span.end();
        }
    }

    private SpanData exported(String name) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + spans.getFinishedSpanItems()));
    }

    private static ConsumerRecord<String, String> record(String topic, Headers headers) {
        return new ConsumerRecord<>(topic, 0, 0L, 0L, org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                0, 0, "key", "value", headers, java.util.Optional.empty());
    }
}

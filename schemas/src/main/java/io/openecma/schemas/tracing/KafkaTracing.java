package io.openecma.schemas.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries a trace from one service to the next through Kafka: the producer writes the current
 * context into the record's headers (W3C {@code traceparent} and {@code tracestate}), the consumer
 * starts its span as a child of what it reads there. The services drive their Kafka clients
 * themselves, so no library instruments them; this does it by hand with the OpenTelemetry API.
 *
 * <p>Built over the service's {@link OpenTelemetry}; while tracing is off that is
 * {@link OpenTelemetry#noop()}, whose propagator writes nothing and whose spans record nothing.
 * Spans never carry attribute values or passwords: only names, ids and counts.
 */
public final class KafkaTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** Tracing off: no header written, no span recorded. */
    public static final KafkaTracing OFF = new KafkaTracing(OpenTelemetry.noop());

    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<Long> PARTITION = AttributeKey.longKey("messaging.destination.partition.id");

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    public KafkaTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer("io.openecma");
    }

    /** Writes the current context into a record's headers before it is sent. */
    public void inject(Headers headers) {
        propagator.inject(Context.current(), headers, KafkaHeaders.INSTANCE);
    }

    /** The context a producer wrote into these headers (the root context when there is none). */
    public Context extract(Headers headers) {
        return propagator.extract(Context.root(), headers, KafkaHeaders.INSTANCE);
    }

    /** A consumer span for one record, child of the span that produced it. End it, and close its scope. */
    public Span receive(String name, ConsumerRecord<?, ?> record) {
        return tracer.spanBuilder(name)
                .setParent(extract(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(PARTITION, (long) record.partition())
                .startSpan();
    }

    /** A span of work inside the service, child of the current span. */
    public SpanBuilder span(String name) {
        return tracer.spanBuilder(name);
    }

    /**
     * The current context as the headers a record would carry, for a message stored before it is
     * sent (sync-core's outbox); empty while tracing is off or no span is current.
     */
    public Map<String, String> currentHeaders() {
        Map<String, String> carrier = new LinkedHashMap<>();
        propagator.inject(Context.current(), carrier, (map, key, value) -> map.put(key, value));
        return carrier;
    }

    /** The span context stored by {@link #currentHeaders()} ({@code traceparent} alone is enough). */
    public SpanContext stored(String traceparent, String tracestate) {
        if (traceparent == null) {
            return SpanContext.getInvalid();
        }
        Map<String, String> carrier = new LinkedHashMap<>();
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        Context context = propagator.extract(Context.root(), carrier, MapGetter.INSTANCE);
        return Span.fromContext(context).getSpanContext();
    }

    private enum MapGetter implements io.opentelemetry.context.propagation.TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}

package io.openecma.core.export;

import io.openecma.core.space.CsObject;
import io.openecma.schemas.tracing.KafkaTracing;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The span of one export batch. A batch gathers the changes of several SCIM requests, each with a
 * trace of its own (stored with the object as {@code pending_trace}): the batch continues the first
 * one's trace, and links the others, so every request's trace leads to the script run that
 * exported it. While tracing is off no object has a stored trace and the span is a no-op.
 */
@ApplicationScoped
public class BatchTraces {

    static final AttributeKey<String> CONNECTOR = AttributeKey.stringKey("openecma.connector");
    static final AttributeKey<Long> OBJECTS = AttributeKey.longKey("openecma.export.objects");
    /** Links beyond this many add little to a trace and cost memory per batch. */
    static final int MAX_LINKS = 64;

    @Inject
    KafkaTracing tracing = KafkaTracing.OFF;

    public Span batchSpan(String connector, List<CsObject> objects) {
        SpanBuilder builder = tracing.span("openecma.export-batch build")
                .setAttribute(CONNECTOR, connector)
                .setAttribute(OBJECTS, (long) objects.size());
        SpanContext parent = null;
        int links = 0;
        for (CsObject object : objects) {
            SpanContext stored = tracing.stored(object.pendingTrace, null);
            if (!stored.isValid()) {
                continue;
            }
            if (parent == null) {
                parent = stored;
            } else if (links++ < MAX_LINKS) {
                builder.addLink(stored);
            }
        }
        builder.setParent(parent == null ? Context.root() : Context.root().with(Span.wrap(parent)));
        return builder.startSpan();
    }
}

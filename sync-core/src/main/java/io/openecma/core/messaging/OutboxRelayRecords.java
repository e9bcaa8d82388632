package io.openecma.core.messaging;

import io.openecma.schemas.tracing.KafkaTracing;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** An outbox row as the record the relay sends: the trace context it was decided in becomes W3C headers. */
public final class OutboxRelayRecords {

    private OutboxRelayRecords() {
    }

    public static ProducerRecord<String, String> of(OutboxMessage m) {
        ProducerRecord<String, String> record = new ProducerRecord<>(m.topic, m.partition, m.key, m.payload);
        if (m.traceparent != null) {
            record.headers().add(KafkaTracing.TRACEPARENT, m.traceparent.getBytes(StandardCharsets.UTF_8));
            if (m.tracestate != null) {
                record.headers().add(KafkaTracing.TRACESTATE, m.tracestate.getBytes(StandardCharsets.UTF_8));
            }
        }
        return record;
    }
}

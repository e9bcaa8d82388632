package io.openecma.core.messaging;

import io.openecma.schemas.tracing.KafkaTracing;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** An outbox row as the record the relay sends: the trace context it was decided in becomes W3C headers. */
public final class OutboxRelayRecords {

    private OutboxRelayRecords() {
    }

    /** A row as the relay's DELETE … RETURNING gives it: id, topic, partition, key, payload, traceparent, tracestate. */
    public static ProducerRecord<String, String> ofReturnedRow(Object[] r) {
        Integer partition = r[2] == null ? null : ((Number) r[2]).intValue();
        return of((String) r[1], partition, (String) r[3], (String) r[4], (String) r[5], (String) r[6]);
    }

    private static ProducerRecord<String, String> of(String topic, Integer partition, String key, String payload,
                                                     String traceparent, String tracestate) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, key, payload);
        if (traceparent != null) {
            record.headers().add(KafkaTracing.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            if (tracestate != null) {
                record.headers().add(KafkaTracing.TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
            }
        }
        return record;
    }
}

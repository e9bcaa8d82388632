package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.Json;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.io.UncheckedIOException;

/**
 * Reads one contract type with {@link Json}. Kafka instantiates deserializers by class name, so each
 * contract has a no-argument subclass in this package. Malformed input raises
 * {@link SerializationException} naming the topic, which SmallRye's failure strategy can route to
 * the dead-letter topic.
 */
public class JsonDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;

    public JsonDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return Json.read(data, type);
        } catch (UncheckedIOException e) {
            throw new SerializationException("topic " + topic + ": " + e.getMessage(), e);
        }
    }
}

package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.Json;
import org.apache.kafka.common.serialization.Serializer;

/** Writes any contract with {@link Json}; a null value (a tombstone) stays null. */
public class JsonSerializer<T> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T data) {
        return data == null ? null : Json.writeBytes(data);
    }
}

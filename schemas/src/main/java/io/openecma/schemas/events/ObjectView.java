package io.openecma.schemas.events;

import io.openecma.schemas.ecma.AttributeValues;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An object as the connector space now holds it: attribute values keyed by the connector schema's
 * spelling; a multi-valued attribute's value is a list; an attribute without a value is absent.
 */
public record ObjectView(String anchor, String scimId, String objectType, Map<String, Object> attributes,
                         boolean active, long version) {

    public ObjectView {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(objectType, "objectType");
        Map<String, Object> copy = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> {
                if (value != null) {
                    copy.put(name, normalize(value));
                }
            });
        }
        attributes = Collections.unmodifiableMap(copy);
    }

    private static Object normalize(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(AttributeValues::normalize).toList();
        }
        return AttributeValues.normalize(value);
    }
}

package io.openecma.schemas.events;

import io.openecma.schemas.ecma.AttributeValues;

import java.util.List;
import java.util.Objects;

/**
 * A change to one connector attribute, already mapped from SCIM to the connector's attribute name.
 * Values are JSON scalars as in {@link io.openecma.schemas.ecma.ValueChange}; CLEAR carries none.
 */
public record AttributeDelta(String attribute, DeltaKind kind, List<Object> values) {

    public AttributeDelta {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(kind, "kind");
        values = values == null ? List.of() : values.stream().map(AttributeValues::normalize).toList();
    }

    public static AttributeDelta replace(String attribute, Object... values) {
        return new AttributeDelta(attribute, DeltaKind.REPLACE, List.of(values));
    }

    public static AttributeDelta clear(String attribute) {
        return new AttributeDelta(attribute, DeltaKind.CLEAR, List.of());
    }
}

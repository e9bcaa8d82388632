package io.openecma.schemas.ecma;

import java.util.Objects;

/** One value added to or removed from an attribute (Microsoft.MetadirectoryServices.ValueChange). */
public record ValueChange(Object value, ValueModificationType modificationType) {

    public ValueChange {
        value = Objects.requireNonNull(AttributeValues.normalize(value), "value");
        Objects.requireNonNull(modificationType, "modificationType");
    }

    public static ValueChange add(Object value) {
        return new ValueChange(value, ValueModificationType.Add);
    }

    public static ValueChange delete(Object value) {
        return new ValueChange(value, ValueModificationType.Delete);
    }
}

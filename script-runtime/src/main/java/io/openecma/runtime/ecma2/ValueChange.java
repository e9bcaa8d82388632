package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.ValueModificationType;

/** Microsoft.MetadirectoryServices.ValueChange: one value added or deleted. */
public final class ValueChange {

    private final Object value;
    private final ValueModificationType modificationType;

    private ValueChange(Object value, ValueModificationType modificationType) {
        if (value == null) {
            throw new IllegalArgumentException("A value change needs a value; use AttributeChange.CreateAttributeDelete to clear an attribute.");
        }
        this.value = value;
        this.modificationType = modificationType;
    }

    public static ValueChange CreateValueAdd(Object value) {
        return new ValueChange(value, ValueModificationType.Add);
    }

    public static ValueChange CreateValueDelete(Object value) {
        return new ValueChange(value, ValueModificationType.Delete);
    }

    public Object getValue() {
        return value;
    }

    public ValueModificationType getModificationType() {
        return modificationType;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

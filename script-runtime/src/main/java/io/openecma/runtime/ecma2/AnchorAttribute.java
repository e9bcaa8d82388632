package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.AttributeType;

/** Microsoft.MetadirectoryServices.AnchorAttribute: the name and value identifying an object. */
public final class AnchorAttribute {

    private final String name;
    private final Object value;

    private AnchorAttribute(String name, Object value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("An anchor attribute needs a name.");
        }
        if (value == null) {
            throw new IllegalArgumentException("The anchor attribute '" + name + "' needs a value.");
        }
        this.name = name;
        this.value = value;
    }

    public static AnchorAttribute Create(String name, Object value) {
        return new AnchorAttribute(name, Ecma2Values.binary(Ecma2Values.unwrap(value)));
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public AttributeType getDataType() {
        if (value instanceof Boolean) {
            return AttributeType.Boolean;
        }
        if (value instanceof Number) {
            return AttributeType.Integer;
        }
        return value instanceof byte[] ? AttributeType.Binary : AttributeType.String;
    }

    @Override
    public String toString() {
        return name;
    }
}

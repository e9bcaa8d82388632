package io.openecma.schemas.ecma;

import java.util.Objects;

/** Name and value of an anchor attribute (Microsoft.MetadirectoryServices.AnchorAttribute). */
public record AnchorAttribute(String name, Object value) {

    public AnchorAttribute {
        Objects.requireNonNull(name, "name");
        value = Objects.requireNonNull(AttributeValues.normalize(value), "value");
    }
}

package io.openecma.schemas.ecma;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An object type and its attributes (Microsoft.MetadirectoryServices.SchemaType). Names compare case-insensitively. */
public record SchemaType(String name, boolean lockAnchor, List<SchemaAttribute> attributes) {

    public SchemaType {
        Objects.requireNonNull(name, "name");
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** The anchor attributes, in declaration order (SchemaType.AnchorAttributes). */
    public List<SchemaAttribute> anchorAttributes() {
        return attributes.stream().filter(SchemaAttribute::anchor).toList();
    }

    /** The named attribute, matched case-insensitively. */
    public Optional<SchemaAttribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equalsIgnoreCase(attributeName)).findFirst();
    }
}

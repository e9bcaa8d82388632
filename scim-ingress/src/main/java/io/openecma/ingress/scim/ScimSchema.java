package io.openecma.ingress.scim;

import java.util.List;
import java.util.Optional;

/** A schema (RFC 7643 section 7): its URN, name and attribute definitions. */
public record ScimSchema(String id, String name, String description, List<ScimAttribute> attributes) {

    /** The named top-level attribute, matched case-insensitively. */
    public Optional<ScimAttribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equalsIgnoreCase(attributeName)).findFirst();
    }
}

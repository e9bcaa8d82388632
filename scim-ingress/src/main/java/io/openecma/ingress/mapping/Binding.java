package io.openecma.ingress.mapping;

import io.openecma.ingress.scim.filter.PatchPath;
import io.openecma.schemas.ecma.SchemaAttribute;

/**
 * One SCIM path bound to one connector attribute: {@code text} as configured (e.g.
 * {@code emails[type eq "work"].value}), parsed as {@code path}.
 */
public record Binding(String text, PatchPath path, SchemaAttribute attribute) {

    /** Whether the connector attribute holds several values (members, multi-valued extension attributes). */
    public boolean multiValued() {
        return attribute.multiValued();
    }
}

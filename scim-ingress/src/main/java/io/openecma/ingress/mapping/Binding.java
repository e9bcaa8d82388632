package io.openecma.ingress.mapping;

import io.openecma.ingress.scim.filter.PatchPath;
import io.openecma.schemas.ecma.SchemaAttribute;

/**
 * One SCIM path bound to one connector attribute: {@code text} as configured (e.g.
 * {@code emails[type eq "work"].value}), parsed as {@code path}.
 */
public record Binding(String text, PatchPath path, SchemaAttribute attribute) {
}

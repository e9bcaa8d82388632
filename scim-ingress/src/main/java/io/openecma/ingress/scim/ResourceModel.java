package io.openecma.ingress.scim;

import io.openecma.ingress.scim.filter.AttrPath;

import java.util.List;
import java.util.Optional;

/**
 * A resource type's schemas as one connector offers it: the core schema and its extensions. Resolves
 * attribute paths case-insensitively; an urn-qualified path names an extension attribute.
 */
public record ResourceModel(String name, String endpoint, ScimSchema core, List<ScimSchema> extensions) {

    /** Common to every resource type (RFC 7643 section 3.1), set by the client. */
    public static final ScimAttribute EXTERNAL_ID = ScimAttribute.string("externalId",
            "An identifier of the resource in the provisioning client.");

    /** The definition a path names (the sub-attribute's when the path has one), if any schema has it. */
    public Optional<ScimAttribute> attribute(AttrPath path) {
        return topLevel(path).flatMap(top -> path.sub() == null ? Optional.of(top) : top.sub(path.sub()));
    }

    /** The top-level attribute a path starts at. */
    public Optional<ScimAttribute> topLevel(AttrPath path) {
        if (path.urn() == null && path.name().equalsIgnoreCase(EXTERNAL_ID.name())) {
            return Optional.of(EXTERNAL_ID);
        }
        return schemaOf(path).flatMap(schema -> schema.attribute(path.name()));
    }

    /** The schema a path lives in: the core schema for unqualified paths, else the extension with that URN. */
    public Optional<ScimSchema> schemaOf(AttrPath path) {
        if (path.urn() == null) {
            return Optional.of(core);
        }
        return extension(path.urn());
    }

    public Optional<ScimSchema> extension(String urn) {
        return extensions.stream().filter(s -> s.id().equalsIgnoreCase(urn)).findFirst();
    }

    public List<String> schemaIds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(core.id()),
                extensions.stream().map(ScimSchema::id)).toList();
    }
}

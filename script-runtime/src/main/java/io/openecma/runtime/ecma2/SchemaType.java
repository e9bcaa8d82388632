package io.openecma.runtime.ecma2;

import java.util.List;

/** Microsoft.MetadirectoryServices.SchemaType: an object type with its attributes. */
public final class SchemaType {

    private final String name;
    private final boolean lockAnchorDefinition;
    private final KeyedCollection<SchemaAttribute> attributes = new KeyedCollection<>(SchemaAttribute::getName);
    private final ScriptList<String> possibleDNComponentsForProvisioning = new ScriptList<>(String.class);

    private SchemaType(String name, boolean lockAnchorDefinition) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A schema type needs a name.");
        }
        this.name = name;
        this.lockAnchorDefinition = lockAnchorDefinition;
    }

    public static SchemaType Create(String name, boolean lockAnchorDefinition) {
        return new SchemaType(name, lockAnchorDefinition);
    }

    public String getName() {
        return name;
    }

    public boolean getLocked() {
        return lockAnchorDefinition;
    }

    public KeyedCollection<SchemaAttribute> getAttributes() {
        return attributes;
    }

    /** The anchor attributes in declaration order (read-only view, as in .NET). */
    public List<SchemaAttribute> getAnchorAttributes() {
        return attributes.stream().filter(SchemaAttribute::getIsAnchor).toList();
    }

    public ScriptList<String> getPossibleDNComponentsForProvisioning() {
        return possibleDNComponentsForProvisioning;
    }

    @Override
    public String toString() {
        return name;
    }
}

package io.openecma.schemas.ecma;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A change to one connector-space object, as given to an Export script or returned by an Import
 * script (Microsoft.MetadirectoryServices.CSEntryChange). Attribute names compare case-insensitively.
 */
public record CSEntryChange(UUID identifier, String objectType, String dn, ObjectModificationType objectModificationType,
                            List<AnchorAttribute> anchorAttributes, List<AttributeChange> attributeChanges) {

    public CSEntryChange {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(objectModificationType, "objectModificationType");
        anchorAttributes = anchorAttributes == null ? List.of() : List.copyOf(anchorAttributes);
        attributeChanges = attributeChanges == null ? List.of() : List.copyOf(attributeChanges);
    }

    /** The change to the named attribute, matched case-insensitively. */
    public Optional<AttributeChange> attribute(String name) {
        return attributeChanges.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The named anchor attribute, matched case-insensitively. */
    public Optional<AnchorAttribute> anchor(String name) {
        return anchorAttributes.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Names of the changed attributes in their given spelling (CSEntryChange.ChangedAttributeNames). */
    public List<String> changedAttributeNames() {
        return attributeChanges.stream().map(AttributeChange::name).toList();
    }
}

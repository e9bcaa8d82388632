package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.ObjectModificationType;

import java.util.List;
import java.util.UUID;

/**
 * Microsoft.MetadirectoryServices.CSEntryChange as scripts use it: created empty by
 * {@code [CSEntryChange]::Create()} and filled property by property, or handed to the Export script.
 */
public final class CSEntryChange {

    private UUID identifier = UUID.randomUUID();
    private ObjectModificationType objectModificationType = ObjectModificationType.Unconfigured;
    private String objectType;
    private String dn;
    private String rdn;
    private MAImportError errorCodeImport = MAImportError.Success;
    private String errorName;
    private String errorDetail;
    private final KeyedCollection<AttributeChange> attributeChanges = new KeyedCollection<>(AttributeChange::getName);
    private final KeyedCollection<AnchorAttribute> anchorAttributes = new KeyedCollection<>(AnchorAttribute::getName);

    public static CSEntryChange Create() {
        return new CSEntryChange();
    }

    public UUID getIdentifier() {
        return identifier;
    }

    public void setIdentifier(UUID identifier) {
        this.identifier = identifier;
    }

    public ObjectModificationType getObjectModificationType() {
        return objectModificationType;
    }

    public void setObjectModificationType(ObjectModificationType type) {
        this.objectModificationType = type;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getDN() {
        return dn;
    }

    public void setDN(String dn) {
        this.dn = dn;
    }

    /** The RDN: set explicitly, or the first component of the DN. */
    public String getRDN() {
        if (rdn != null || dn == null) {
            return rdn;
        }
        int comma = dn.indexOf(',');
        return comma < 0 ? dn : dn.substring(0, comma);
    }

    public void setRDN(String rdn) {
        this.rdn = rdn;
    }

    public KeyedCollection<AttributeChange> getAttributeChanges() {
        return attributeChanges;
    }

    public KeyedCollection<AnchorAttribute> getAnchorAttributes() {
        return anchorAttributes;
    }

    public List<String> getChangedAttributeNames() {
        return attributeChanges.keys();
    }

    public MAImportError getErrorCodeImport() {
        return errorCodeImport;
    }

    public void setErrorCodeImport(MAImportError code) {
        this.errorCodeImport = code;
    }

    public String getErrorName() {
        return errorName;
    }

    public void setErrorName(String errorName) {
        this.errorName = errorName;
    }

    public String getErrorDetail() {
        return errorDetail;
    }

    public void setErrorDetail(String errorDetail) {
        this.errorDetail = errorDetail;
    }

    @Override
    public String toString() {
        return objectModificationType + " " + (dn != null ? dn : identifier);
    }
}

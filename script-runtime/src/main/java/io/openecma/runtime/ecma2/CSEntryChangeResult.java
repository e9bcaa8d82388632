package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.MAExportError;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Microsoft.MetadirectoryServices.CSEntryChangeResult: the Export script's verdict on one entry,
 * with attribute changes the target made (e.g. a generated anchor).
 */
public final class CSEntryChangeResult {

    private final UUID identifier;
    private final List<AttributeChange> anchorAttributes;
    private final MAExportError errorCode;
    private final String errorName;
    private final String errorDetail;

    private CSEntryChangeResult(UUID identifier, Object attributeChanges, MAExportError errorCode,
                                String errorName, String errorDetail) {
        if (identifier == null) {
            throw new IllegalArgumentException("A CSEntryChangeResult needs the identifier of the CSEntryChange it answers.");
        }
        this.identifier = identifier;
        this.errorCode = errorCode == null ? MAExportError.Success : errorCode;
        this.errorName = errorName;
        this.errorDetail = errorDetail;
        this.anchorAttributes = new ArrayList<>();
        for (Object o : Ecma2Values.valuesOf(attributeChanges)) {
            Object item = Ecma2Values.unwrap(o);
            if (!(item instanceof AttributeChange change)) {
                throw new IllegalArgumentException("CSEntryChangeResult.Create takes AttributeChange objects, not "
                        + Ecma2Values.describe(item) + ".");
            }
            anchorAttributes.add(change);
        }
    }

    /** {@code attributeChanges}: $null, one AttributeChange, or an array or list of them. */
    public static CSEntryChangeResult Create(UUID identifier, Object attributeChanges, MAExportError errorCode) {
        return new CSEntryChangeResult(identifier, attributeChanges, errorCode, null, null);
    }

    public static CSEntryChangeResult Create(UUID identifier, Object attributeChanges, MAExportError errorCode,
                                             String errorName, String errorDetail) {
        return new CSEntryChangeResult(identifier, attributeChanges, errorCode, errorName, errorDetail);
    }

    public UUID getIdentifier() {
        return identifier;
    }

    /** .NET calls the attribute changes of a result AnchorAttributes. */
    public List<AttributeChange> getAnchorAttributes() {
        return anchorAttributes;
    }

    public MAExportError getErrorCode() {
        return errorCode;
    }

    public String getErrorName() {
        return errorName;
    }

    public String getErrorDetail() {
        return errorDetail;
    }

    @Override
    public String toString() {
        return identifier + " " + errorCode;
    }
}

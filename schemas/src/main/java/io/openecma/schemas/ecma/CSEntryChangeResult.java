package io.openecma.schemas.ecma;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of exporting one CSEntryChange (Microsoft.MetadirectoryServices.CSEntryChangeResult):
 * the identifier of the change, attribute changes the target system made (e.g. a generated anchor),
 * and an error code with the script's name and detail for anything but Success.
 */
public record CSEntryChangeResult(UUID identifier, List<AttributeChange> attributeChanges, MAExportError errorCode,
                                  String errorName, String errorDetail) {

    public CSEntryChangeResult {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(errorCode, "errorCode");
        attributeChanges = attributeChanges == null ? List.of() : List.copyOf(attributeChanges);
    }

    public static CSEntryChangeResult success(UUID identifier) {
        return new CSEntryChangeResult(identifier, List.of(), MAExportError.Success, null, null);
    }

    public static CSEntryChangeResult error(UUID identifier, MAExportError errorCode, String errorName, String errorDetail) {
        return new CSEntryChangeResult(identifier, List.of(), errorCode, errorName, errorDetail);
    }
}

package io.openecma.schemas.events;

import java.util.Objects;
import java.util.UUID;

/**
 * An entry the Import script returned flagged with an import error (ECMA2 {@code ErrorCodeImport}
 * other than {@code Success}): the entry was read from the target but could not be imported.
 * {@code errorCode} is the {@code MAImportError} name; {@code objectType} and {@code anchor} are
 * null when the script did not set them (then {@code dn} is what identifies the entry, if anything).
 */
public record ImportEntryError(UUID identifier, String objectType, String anchor, String dn, String errorCode,
                               String errorName, String errorDetail) {

    public ImportEntryError {
        Objects.requireNonNull(errorCode, "errorCode");
    }
}

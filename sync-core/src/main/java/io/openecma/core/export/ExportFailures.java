package io.openecma.core.export;

import io.openecma.schemas.ecma.MAExportError;

/** How an export error is answered to the waiting SCIM request. */
final class ExportFailures {

    private ExportFailures() {
    }

    /**
     * Whether the script asks for the object to be exported again later rather than refusing it:
     * ExportActionRetryReferenceAttribute means an object it refers to is not exported yet
     * (MAExportError, Microsoft.MetadirectoryServices reference). Every other error is a refusal.
     */
    static boolean retriable(MAExportError error) {
        return error == MAExportError.ExportActionRetryReferenceAttribute;
    }

    static int httpStatus(MAExportError error) {
        return error == MAExportError.ExportErrorConnectedDirectoryExistingObject ? 409 : 400;
    }

    static String scimType(MAExportError error) {
        return error == MAExportError.ExportErrorConnectedDirectoryExistingObject ? "uniqueness" : "invalidValue";
    }

    static String detail(MAExportError error, String name, String detail) {
        StringBuilder text = new StringBuilder();
        if (detail != null && !detail.isBlank()) {
            text.append(detail);
        } else if (name != null && !name.isBlank()) {
            text.append(name);
        } else {
            text.append(error.name());
        }
        return text.toString();
    }
}

package io.openecma.schemas.ecma;

/**
 * Per-object export result code (Microsoft.MetadirectoryServices.MAExportError), spelled as in
 * .NET so scripts can name them. The first group is from Microsoft's published member list; the
 * rest are the members scripts use most.
 */
public enum MAExportError {
    Success,
    ExportActionConvertUpdateToAdd,
    ExportActionProvisioningParent,
    ExportActionRetryReferenceAttribute,
    ExportErrorAmbiguousUpdate,
    ExportErrorAnchorTooLong,
    ExportErrorChangeNamingAttribute,
    ExportErrorConnectedDirectoryError,
    ExportErrorConnectedDirectoryExistingObject,
    ExportErrorConnectedDirectoryMissingObject,
    ExportErrorCustomContinueRun,
    ExportErrorCustomStopRun,
    ExportErrorInvalidDN,
    ExportErrorInvalidProvisioningAttributeValue,
    ExportErrorMissingProvisioningAttribute,
    ExportErrorRequiredAttributeMissing,
    ExportErrorSyntaxViolation;

    /** True when the object was exported; everything else leaves it in error or for a retry. */
    public boolean isSuccess() {
        return this == Success;
    }
}

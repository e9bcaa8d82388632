package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.MAImportError: CSEntryChange.ErrorCodeImport of an imported entry. */
public enum MAImportError {
    Success,
    ImportErrorCustomContinueRun,
    ImportErrorCustomStopRun,
    ImportErrorInvalidAttributeValue,
    ImportErrorInvalidDN,
    ImportErrorMissingAnchorComponent,
    ImportErrorMissingObjectType,
    ImportErrorMultipleObjectTypes,
    ImportErrorDuplicateDN
}

package io.openecma.schemas.ecma;

/** What the Export script is given for a change: the Export Type capability (Microsoft.MetadirectoryServices.OperationType in OpenExportConnectionRunStep.ExportType). */
public enum ExportType {
    AttributeUpdate, AttributeReplace, ObjectReplace, MultivaluedReferenceAttributeUpdate
}

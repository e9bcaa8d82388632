package io.openecma.schemas.ecma;

/** Which directions an attribute flows in (Microsoft.MetadirectoryServices.AttributeOperation). */
public enum AttributeOperation {
    ImportOnly, ExportOnly, ImportExport
}

package io.openecma.schemas.ecma;

/** What a value change does (Microsoft.MetadirectoryServices.ValueModificationType). */
public enum ValueModificationType {
    Add, Delete, Unconfigured
}

package io.openecma.schemas.ecma;

/** What an attribute change does (Microsoft.MetadirectoryServices.AttributeModificationType). */
public enum AttributeModificationType {
    Add, Replace, Update, Delete, Unconfigured
}

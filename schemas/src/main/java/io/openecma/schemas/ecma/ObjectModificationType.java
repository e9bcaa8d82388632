package io.openecma.schemas.ecma;

/** What an export or import does to a whole object (Microsoft.MetadirectoryServices.ObjectModificationType). */
public enum ObjectModificationType {
    None, Add, Replace, Update, Delete, Unconfigured
}

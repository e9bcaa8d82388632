package io.openecma.schemas.definition;

/**
 * What SCIM active=false does: nothing, delete the object, or set an attribute (e.g. IsActive=false).
 */
public enum DisableFlow {
    None, Delete, SetAttribute
}

package io.openecma.schemas.definition;

/**
 * What the SCIM ingress does with an attribute in a write that no mapping names (e.g. core
 * {@code nickName} on a connector without a binding for it). Silent dropping is not an option.
 */
public enum UnmappedAttributes {
    /** The write is refused with 400 invalidValue naming the attributes. */
    reject,
    /** They are kept, as JSON, in the connector attribute {@link ScimOptions#unmappedAttributesStore()}, and returned. */
    store
}

package io.openecma.schemas.definition;

/**
 * The {@code scim:} block of connector.yaml: how the SCIM ingress treats what a client sends beyond
 * the mappings. {@code unmappedAttributesStore} names the String attribute of the connector's
 * object types that holds the unmapped attributes as JSON; it is required with {@code store}.
 */
public record ScimOptions(UnmappedAttributes unmappedAttributes, String unmappedAttributesStore) {

    public static final ScimOptions DEFAULT = new ScimOptions(UnmappedAttributes.reject, null);

    public ScimOptions {
        unmappedAttributes = unmappedAttributes == null ? UnmappedAttributes.reject : unmappedAttributes;
    }
}

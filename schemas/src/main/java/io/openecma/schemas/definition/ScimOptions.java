package io.openecma.schemas.definition;

/**
 * The {@code scim:} block of connector.yaml: how the SCIM ingress treats what a client sends beyond
 * the mappings. {@code unmappedAttributesStore} names the String attribute of the connector's
 * object types that holds the unmapped attributes as JSON; it is required with {@code store}.
 * {@code anchorChosenByTarget}: a create whose mapped attributes hold no anchor value is sent with
 * a provisional one (a random UUID), which the Export script replaces with the id the target gave.
 * {@code patchAnswer}: how a successful PATCH is answered (null, as older snapshots have it: {@code resource}).
 */
public record ScimOptions(UnmappedAttributes unmappedAttributes, String unmappedAttributesStore,
                          boolean anchorChosenByTarget, PatchAnswer patchAnswer) {

    public static final ScimOptions DEFAULT = new ScimOptions(UnmappedAttributes.reject, null, false);

    public ScimOptions(UnmappedAttributes unmappedAttributes, String unmappedAttributesStore) {
        this(unmappedAttributes, unmappedAttributesStore, false);
    }

    public ScimOptions(UnmappedAttributes unmappedAttributes, String unmappedAttributesStore,
                       boolean anchorChosenByTarget) {
        this(unmappedAttributes, unmappedAttributesStore, anchorChosenByTarget, PatchAnswer.resource);
    }

    public ScimOptions {
        unmappedAttributes = unmappedAttributes == null ? UnmappedAttributes.reject : unmappedAttributes;
        patchAnswer = patchAnswer == null ? PatchAnswer.resource : patchAnswer;
    }
}

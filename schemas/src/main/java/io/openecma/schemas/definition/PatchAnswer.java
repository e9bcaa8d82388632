package io.openecma.schemas.definition;

/**
 * How the SCIM ingress answers a successful PATCH (RFC 7644 section 3.5.2 allows either): with the
 * resource, or with 204 and no body, as Microsoft's SCIM reference server and test collection do.
 */
public enum PatchAnswer {
    /** 200 with the resource (and its ETag). */
    resource,
    /** 204 No Content (with the resource's ETag). */
    noContent
}

package io.openecma.ingress.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;

/** One PATCH operation as sent; {@code path} is null for path-less operations. */
public record PatchOperation(PatchOp op, String path, JsonNode value) {
}

package io.openecma.ingress.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.ingress.scim.ResourceNodes;
import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.ScimSchemas;

import java.util.ArrayList;
import java.util.List;

/** Reads a PatchOp request body into operations, with a precise 400 for each malformation. */
public final class PatchRequestParser {

    /** The most operations one request may carry. */
    public static final int MAX_OPERATIONS = 1000;

    private PatchRequestParser() {
    }

    public static List<PatchOperation> parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ScimException.invalidSyntax("a PATCH body must be a JSON object with schemas and Operations");
        }
        JsonNode schemas = ResourceNodes.get(body, "schemas");
        if (schemas != null) {
            boolean patchOp = schemas.isArray() && java.util.stream.StreamSupport.stream(schemas.spliterator(), false)
                    .anyMatch(s -> s.asText().equalsIgnoreCase(ScimSchemas.PATCH_OP));
            if (!patchOp) {
                throw ScimException.invalidValue("schemas must contain " + ScimSchemas.PATCH_OP);
            }
        }
        JsonNode operations = ResourceNodes.get(body, "Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimException.invalidSyntax("Operations must be a non-empty array");
        }
        if (operations.size() > MAX_OPERATIONS) {
            throw ScimException.invalidValue("a PATCH may carry at most " + MAX_OPERATIONS + " operations");
        }
        List<PatchOperation> result = new ArrayList<>();
        int index = 0;
        for (JsonNode operation : operations) {
            if (!operation.isObject()) {
                throw ScimException.invalidSyntax("Operations[" + index + "] must be an object");
            }
            JsonNode op = ResourceNodes.get(operation, "op");
            if (op == null || !op.isTextual()) {
                throw ScimException.invalidSyntax("Operations[" + index + "] has no op");
            }
            JsonNode path = ResourceNodes.get(operation, "path");
            if (path != null && !path.isNull() && !path.isTextual()) {
                throw ScimException.invalidPath("Operations[" + index + "].path must be a string");
            }
            String pathText = path == null || path.isNull() || path.textValue().isBlank() ? null : path.textValue();
            result.add(new PatchOperation(PatchOp.parse(op.textValue()), pathText,
                    ResourceNodes.get(operation, "value")));
            index++;
        }
        return result;
    }
}

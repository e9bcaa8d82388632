package io.openecma.ingress.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.scim.filter.AttrPath;

import java.util.Iterator;
import java.util.Map;

/**
 * Validates a POST/PUT body against a resource model and returns it in canonical form: attribute
 * names in their schema spelling, values coerced to their types, extension attributes under their
 * schema URN (flattened {@code "urn:...:User:attr"} keys are accepted too). Unknown schemas and
 * attributes, wrong types and missing required attributes are 400s naming the attribute;
 * read-only and server-managed attributes (id, meta) are ignored as RFC 7643 asks.
 */
public final class ResourceReader {

    private ResourceReader() {
    }

    public static ObjectNode read(JsonNode body, ResourceModel model) {
        if (body == null || !body.isObject()) {
            throw ScimException.invalidSyntax("the request body must be a JSON object (a " + model.name() + ")");
        }
        checkSchemas(body, model);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.equalsIgnoreCase("schemas") || key.equalsIgnoreCase("id") || key.equalsIgnoreCase("meta")) {
                continue;
            }
            var extension = model.extension(key);
            if (extension.isPresent()) {
                if (!field.getValue().isObject()) {
                    throw ScimException.invalidValue("'" + key + "' must be an object of extension attributes");
                }
                for (Iterator<Map.Entry<String, JsonNode>> inner = field.getValue().fields(); inner.hasNext(); ) {
                    Map.Entry<String, JsonNode> attribute = inner.next();
                    put(result, model, new AttrPath(extension.get().id(), attribute.getKey(), null),
                            attribute.getValue());
                }
                continue;
            }
            AttrPath path;
            try {
                path = AttrPath.parse(key);
            } catch (IllegalArgumentException e) {
                throw ScimException.invalidValue("'" + key + "' is not an attribute name");
            }
            if (path.sub() != null) {
                throw ScimException.invalidValue("'" + key + "' is not an attribute of " + model.name()
                        + " (sub-attributes go inside their attribute's object)");
            }
            put(result, model, path, field.getValue());
        }
        for (ScimAttribute attribute : model.core().attributes()) {
            if (attribute.required() && ResourceNodes.get(result, attribute.name()) == null) {
                throw ScimException.invalidValue("'" + attribute.name() + "' is required for a " + model.name());
            }
        }
        return result;
    }

    private static void put(ObjectNode result, ResourceModel model, AttrPath path, JsonNode value) {
        if (path.urn() != null && model.extension(path.urn()).isEmpty()) {
            throw ScimException.invalidValue("'" + path.urn() + "' is not a schema of " + model.name());
        }
        ScimAttribute def = model.topLevel(path).orElseThrow(() -> ScimException.invalidValue(
                "'" + path + "' is not an attribute of " + model.name()));
        if ("readOnly".equals(def.mutability())) {
            return;
        }
        JsonNode coerced = ValueCoercer.coerce(value, def, path.toString());
        if (coerced != null) {
            String urn = path.urn() == null ? null : model.extension(path.urn()).orElseThrow().id();
            ResourceNodes.set(ResourceNodes.container(result, urn, true), def.name(), coerced);
        }
    }

    private static void checkSchemas(JsonNode body, ResourceModel model) {
        JsonNode schemas = ResourceNodes.get(body, "schemas");
        if (schemas == null) {
            return; // Entra always sends them; other clients are not refused for leaving them out
        }
        if (!schemas.isArray()) {
            throw ScimException.invalidValue("schemas must be an array of schema URNs");
        }
        for (JsonNode schema : schemas) {
            String id = schema.asText();
            if (!id.equalsIgnoreCase(model.core().id()) && model.extension(id).isEmpty()) {
                throw ScimException.invalidValue("unknown schema '" + id + "' for a " + model.name() + "; known: "
                        + String.join(", ", model.schemaIds()));
            }
        }
    }
}

package io.openecma.ingress.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/** Case-insensitive access to the fields of a SCIM resource in JSON form. */
public final class ResourceNodes {

    private ResourceNodes() {
    }

    /** The field named {@code name} in any letter case, or null. */
    public static JsonNode get(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    /** Removes every spelling of {@code name}. */
    public static void remove(ObjectNode node, String name) {
        node.properties().removeIf(field -> field.getKey().equalsIgnoreCase(name));
    }

    /** Sets {@code name} (canonical spelling), replacing any other spelling; a null value removes it. */
    public static void set(ObjectNode node, String name, JsonNode value) {
        remove(node, name);
        if (value != null && !value.isNull()) {
            node.set(name, value);
        }
    }

    /** The object field {@code name}, created when missing (or replacing a non-object). */
    public static ObjectNode object(ObjectNode node, String name) {
        JsonNode existing = get(node, name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = node.objectNode();
        set(node, name, created);
        return created;
    }

    /** The container of a schema's attributes: the resource itself for the core schema, else the extension object. */
    public static ObjectNode container(ObjectNode resource, String urn, boolean create) {
        if (urn == null) {
            return resource;
        }
        JsonNode existing = get(resource, urn);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        return create ? object(resource, urn) : null;
    }
}

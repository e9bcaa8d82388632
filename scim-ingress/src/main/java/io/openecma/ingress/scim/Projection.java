package io.openecma.ingress.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.scim.filter.AttrPath;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code attributes} / {@code excludedAttributes} (RFC 7644 section 3.9): keeps or drops the named
 * attributes (case-insensitive, urn-qualified or dotted). {@code id} and {@code schemas} are always
 * returned. Unknown names are ignored.
 */
public final class Projection {

    private final List<AttrPath> attributes;
    private final List<AttrPath> excluded;

    private Projection(List<AttrPath> attributes, List<AttrPath> excluded) {
        this.attributes = attributes;
        this.excluded = excluded;
    }

    public static Projection of(String attributes, String excludedAttributes) {
        return new Projection(paths(attributes, "attributes"), paths(excludedAttributes, "excludedAttributes"));
    }

    private static List<AttrPath> paths(String list, String parameter) {
        List<AttrPath> result = new ArrayList<>();
        if (list == null || list.isBlank()) {
            return result;
        }
        for (String item : list.split(",")) {
            String name = item.trim();
            if (name.isEmpty()) {
                continue;
            }
            String schema = AttrPath.knownUrn(name);
            try {
                result.add(schema != null ? new AttrPath(schema, null, null) : AttrPath.parse(name));
            } catch (IllegalArgumentException e) {
                throw ScimException.invalidValue(parameter + ": " + e.getMessage());
            }
        }
        return result;
    }

    public ObjectNode apply(ObjectNode resource) {
        if (!attributes.isEmpty()) {
            ObjectNode kept = resource.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = resource.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                if (key.equals("id") || key.equals("schemas")) {
                    kept.set(key, field.getValue());
                } else if (ScimSchemas.isUrn(key)) {
                    ObjectNode extension = keepExtension(key, field.getValue());
                    if (extension != null) {
                        kept.set(key, extension);
                    }
                } else {
                    JsonNode value = keep(null, key, field.getValue());
                    if (value != null) {
                        kept.set(key, value);
                    }
                }
            }
            resource = kept;
        }
        for (AttrPath path : excluded) {
            ObjectNode container = path.name() == null || path.urn() == null ? resource
                    : ResourceNodes.container(resource, path.urn(), false);
            if (container == null) {
                continue;
            }
            if (path.name() == null) {
                ResourceNodes.remove(resource, path.urn());
            } else if (path.sub() == null) {
                if (!path.name().equalsIgnoreCase("id") && !path.name().equalsIgnoreCase("schemas")) {
                    ResourceNodes.remove(container, path.name());
                }
            } else if (ResourceNodes.get(container, path.name()) instanceof ObjectNode object) {
                ResourceNodes.remove(object, path.sub());
            }
        }
        return resource;
    }

    private ObjectNode keepExtension(String urn, JsonNode extension) {
        if (attributes.stream().anyMatch(p -> p.name() == null && urn.equalsIgnoreCase(p.urn()))) {
            return (ObjectNode) extension;
        }
        ObjectNode kept = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = extension.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = keep(urn, field.getKey(), field.getValue());
            if (value != null) {
                kept = kept == null ? ((ObjectNode) extension).objectNode() : kept;
                kept.set(field.getKey(), value);
            }
        }
        return kept;
    }

    /** The value to keep for a top-level attribute, narrowed to the requested sub-attributes. */
    private JsonNode keep(String urn, String name, JsonNode value) {
        List<String> subs = new ArrayList<>();
        for (AttrPath path : attributes) {
            boolean sameSchema = urn == null ? path.urn() == null : urn.equalsIgnoreCase(path.urn());
            if (!sameSchema || path.name() == null || !path.name().equalsIgnoreCase(name)) {
                continue;
            }
            if (path.sub() == null) {
                return value;
            }
            subs.add(path.sub());
        }
        if (subs.isEmpty()) {
            return null;
        }
        if (value instanceof ObjectNode object) {
            return narrow(object, subs);
        }
        if (value.isArray()) {
            var array = value.deepCopy();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof ObjectNode element) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) array).set(i, narrow(element, subs));
                }
            }
            return array;
        }
        return value;
    }

    private static ObjectNode narrow(ObjectNode object, List<String> subs) {
        ObjectNode narrowed = object.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (subs.stream().anyMatch(s -> s.equalsIgnoreCase(field.getKey()))) {
                narrowed.set(field.getKey(), field.getValue());
            }
        }
        return narrowed;
    }
}

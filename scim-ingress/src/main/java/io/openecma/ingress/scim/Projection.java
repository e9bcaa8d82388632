package io.openecma.ingress.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.scim.filter.AttrPath;
import io.openecma.ingress.scim.filter.ElementMatcher;
import io.openecma.ingress.scim.filter.FilterParser;
import io.openecma.ingress.scim.filter.PatchPath;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code attributes} / {@code excludedAttributes} (RFC 7644 section 3.9): keeps or drops the named
 * attributes (case-insensitive, urn-qualified or dotted). {@code id} and {@code schemas} are always
 * returned. Unknown names are ignored. A value path ({@code emails[type eq "work"]}, as Microsoft's
 * SCIM test collection sends) keeps, or drops, only the elements its filter matches.
 */
public final class Projection {

    private final List<PatchPath> attributes;
    private final List<PatchPath> excluded;

    private Projection(List<PatchPath> attributes, List<PatchPath> excluded) {
        this.attributes = attributes;
        this.excluded = excluded;
    }

    public static Projection of(String attributes, String excludedAttributes) {
        return new Projection(paths(attributes, "attributes"), paths(excludedAttributes, "excludedAttributes"));
    }

    private static List<PatchPath> paths(String list, String parameter) {
        List<PatchPath> result = new ArrayList<>();
        if (list == null || list.isBlank()) {
            return result;
        }
        for (String item : items(list)) {
            String name = item.trim();
            if (name.isEmpty()) {
                continue;
            }
            String schema = AttrPath.knownUrn(name);
            try {
                if (schema != null) {
                    result.add(new PatchPath(new AttrPath(schema, null, null), null, null));
                } else if (name.indexOf('[') >= 0) {
                    result.add(FilterParser.parsePath(name));
                } else {
                    result.add(new PatchPath(AttrPath.parse(name), null, null));
                }
            } catch (IllegalArgumentException e) {
                throw ScimException.invalidValue(parameter + ": " + e.getMessage());
            } catch (ScimException e) {
                throw ScimException.invalidValue(parameter + ": " + e.getMessage());
            }
        }
        return result;
    }

    /** Splits at commas outside brackets and quoted strings (a value filter may hold either). */
    private static List<String> items(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                items.add(list.substring(start, i));
                start = i + 1;
            }
        }
        items.add(list.substring(start));
        return items;
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
        for (PatchPath excludedPath : excluded) {
            AttrPath path = excludedPath.attr();
            ObjectNode container = path.name() == null || path.urn() == null ? resource
                    : ResourceNodes.container(resource, path.urn(), false);
            if (container == null) {
                continue;
            }
            if (path.name() == null) {
                ResourceNodes.remove(resource, path.urn());
            } else if (excludedPath.valueFilter() != null) {
                dropMatching(container, path.name(), excludedPath);
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
        if (attributes.stream().anyMatch(p -> p.attr().name() == null && urn.equalsIgnoreCase(p.attr().urn()))) {
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
        List<PatchPath> filtered = new ArrayList<>();
        for (PatchPath requested : attributes) {
            AttrPath path = requested.attr();
            boolean sameSchema = urn == null ? path.urn() == null : urn.equalsIgnoreCase(path.urn());
            if (!sameSchema || path.name() == null || !path.name().equalsIgnoreCase(name)) {
                continue;
            }
            if (requested.valueFilter() != null) {
                filtered.add(requested);
            } else if (path.sub() == null) {
                return value;
            } else {
                subs.add(path.sub());
            }
        }
        if (!filtered.isEmpty()) {
            return keepMatching(value, filtered, subs);
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
                    ((ArrayNode) array).set(i, narrow(element, subs));
                }
            }
            return array;
        }
        return value;
    }

    /** The elements some value path matches, narrowed to its sub-attribute (and any plain sub-attributes asked for). */
    private static JsonNode keepMatching(JsonNode value, List<PatchPath> filtered, List<String> subs) {
        if (!value.isArray()) {
            return null;
        }
        ArrayNode kept = ((ArrayNode) value).arrayNode();
        for (JsonNode element : value) {
            for (PatchPath path : filtered) {
                if (ElementMatcher.matches(element, path.valueFilter())) {
                    if (path.elementSub() != null && element instanceof ObjectNode object) {
                        List<String> wanted = new ArrayList<>(subs);
                        wanted.add(path.elementSub());
                        kept.add(narrow(object, wanted));
                    } else {
                        kept.add(element);
                    }
                    break;
                }
            }
        }
        return kept.isEmpty() ? null : kept;
    }

    private static void dropMatching(ObjectNode container, String name, PatchPath path) {
        if (!(ResourceNodes.get(container, name) instanceof ArrayNode array)) {
            return;
        }
        for (int i = array.size() - 1; i >= 0; i--) {
            if (ElementMatcher.matches(array.get(i), path.valueFilter())) {
                if (path.elementSub() != null && array.get(i) instanceof ObjectNode element) {
                    ResourceNodes.remove(element, path.elementSub());
                } else {
                    array.remove(i);
                }
            }
        }
        if (array.isEmpty()) {
            ResourceNodes.remove(container, name);
        }
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

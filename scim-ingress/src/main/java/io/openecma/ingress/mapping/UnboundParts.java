package io.openecma.ingress.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.scim.ResourceNodes;
import io.openecma.ingress.scim.filter.AttrPath;
import io.openecma.ingress.scim.filter.ElementMatcher;
import io.openecma.ingress.scim.filter.Filter;
import io.openecma.ingress.scim.filter.PatchPath;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The parts of a SCIM resource (in canonical form, as ResourceReader or a PATCH leaves it) that no
 * binding carries to a connector attribute, so that they are refused or stored instead of dropped.
 * Not counted: {@code schemas}, {@code id}, {@code meta} (server-managed), {@code active} when the
 * resource type has it (it drives deprovisioning), and, in an element a bound value filter selects
 * ({@code emails[type eq "work"].value}), the sub-attributes that filter compares ({@code type}) and
 * {@code primary}, which select the value rather than being values of their own. Elements of a
 * bound multi-valued attribute carry their {@code value}; their {@code display}, {@code $ref} and
 * {@code type} are references' decoration and are not counted either.
 */
public final class UnboundParts {

    private static final List<String> ELEMENT_DECORATION = List.of("primary", "display", "$ref", "type");

    private UnboundParts() {
    }

    /** A copy of {@code resource} with everything bound removed; empty when all of it is bound. */
    public static ObjectNode of(ObjectNode resource, List<Binding> bindings, boolean hasActive) {
        ObjectNode rest = resource.deepCopy();
        for (String managed : List.of("schemas", "id", "meta")) {
            ResourceNodes.remove(rest, managed);
        }
        if (hasActive) {
            ResourceNodes.remove(rest, "active");
        }
        for (Binding binding : bindings) {
            remove(rest, binding.path(), binding.attribute().multiValued());
        }
        prune(rest);
        return rest;
    }

    /** The unbound parts as attribute paths, for an error message: {@code nickName, name.formatted, emails[type eq "home"]}. */
    public static List<String> names(ObjectNode unbound) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = unbound.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                for (Iterator<String> subs = value.fieldNames(); subs.hasNext(); ) {
                    names.add(field.getKey() + (field.getKey().startsWith("urn:") ? ":" : ".") + subs.next());
                }
            } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                for (JsonNode element : value) {
                    JsonNode type = ResourceNodes.get(element, "type");
                    names.add(type != null && type.isTextual()
                            ? field.getKey() + "[type eq \"" + type.textValue() + "\"]" : field.getKey());
                }
            } else {
                names.add(field.getKey());
            }
        }
        return names.stream().distinct().toList();
    }

    /** Puts stored unbound parts back into a resource rebuilt from the bindings, without overwriting bound values. */
    public static void restore(ObjectNode resource, ObjectNode stored) {
        for (Iterator<Map.Entry<String, JsonNode>> it = stored.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode present = ResourceNodes.get(resource, field.getKey());
            if (present == null || present.isNull()) {
                resource.set(field.getKey(), field.getValue().deepCopy());
            } else if (present instanceof ObjectNode object && field.getValue() instanceof ObjectNode extra) {
                restore(object, extra);
            } else if (present instanceof ArrayNode array && field.getValue() instanceof ArrayNode extra) {
                extra.forEach(e -> array.add(e.deepCopy()));
            }
        }
    }

    private static void remove(ObjectNode rest, PatchPath path, boolean multiValued) {
        AttrPath attr = path.attr();
        ObjectNode container = ResourceNodes.container(rest, attr.urn(), false);
        JsonNode node = ResourceNodes.get(container, attr.name());
        if (node == null) {
            return;
        }
        if (path.valueFilter() != null) {
            if (node instanceof ArrayNode array) {
                // only the first element the filter selects is carried (as ResourcePaths reads it);
                // a second one of the same type stays unbound
                for (JsonNode element : array) {
                    if (element instanceof ObjectNode object && ElementMatcher.matches(object, path.valueFilter())) {
                        if (path.elementSub() == null) {
                            object.removeAll();
                        } else {
                            ResourceNodes.remove(object, path.elementSub());
                            comparedNames(path.valueFilter(), new ArrayList<>()).forEach(n -> ResourceNodes.remove(object, n));
                            ResourceNodes.remove(object, "primary");
                        }
                        break;
                    }
                }
            }
            return;
        }
        if (attr.sub() == null) {
            if (multiValued && node instanceof ArrayNode array) {
                for (JsonNode element : array) {
                    if (element instanceof ObjectNode object) {
                        ResourceNodes.remove(object, "value");
                        ELEMENT_DECORATION.forEach(n -> ResourceNodes.remove(object, n));
                    } else {
                        array.removeAll();
                        break;
                    }
                }
            } else {
                ResourceNodes.remove(container, attr.name());
            }
            return;
        }
        JsonNode holder = node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
        if (holder instanceof ObjectNode object) {
            ResourceNodes.remove(object, attr.sub());
        }
    }

    private static List<String> comparedNames(Filter filter, List<String> names) {
        if (filter instanceof Filter.Compare compare) {
            names.add(compare.path().name());
        } else if (filter instanceof Filter.And and) {
            comparedNames(and.left(), names);
            comparedNames(and.right(), names);
        } else if (filter instanceof Filter.Or or) {
            comparedNames(or.left(), names);
            comparedNames(or.right(), names);
        }
        return names;
    }

    /** Drops nulls, and objects and arrays left empty. */
    private static boolean prune(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> prune(field.getValue()));
            return object.isEmpty();
        }
        if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (prune(array.get(i))) {
                    array.remove(i);
                }
            }
            return array.isEmpty();
        }
        return node == null || node.isNull();
    }
}

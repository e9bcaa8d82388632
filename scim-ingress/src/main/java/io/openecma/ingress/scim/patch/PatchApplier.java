package io.openecma.ingress.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.scim.ResourceModel;
import io.openecma.ingress.scim.ResourceNodes;
import io.openecma.ingress.scim.ScimAttribute;
import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.ScimSchema;
import io.openecma.ingress.scim.ValueCoercer;
import io.openecma.ingress.scim.filter.AttrPath;
import io.openecma.ingress.scim.filter.CompareOp;
import io.openecma.ingress.scim.filter.ElementMatcher;
import io.openecma.ingress.scim.filter.Filter;
import io.openecma.ingress.scim.filter.FilterParser;
import io.openecma.ingress.scim.filter.PatchPath;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Applies PATCH operations to a resource in JSON form, in every form Entra sends: case-insensitive
 * ops and names, urn-qualified paths, filtered paths (the element is created when none matches),
 * path-less value objects with dotted or urn keys, string booleans and a bare string for complex
 * values. Members of a multi-valued attribute are added and removed one by one: a Remove with a
 * value list removes only the listed elements.
 */
public final class PatchApplier {

    private final ResourceModel model;
    private final boolean clientWrite;

    /**
     * @param clientWrite true for a client's PATCH (read-only attributes are refused); false when the
     *                    service itself writes values into a resource it rebuilds from the connector space
     */
    public PatchApplier(ResourceModel model, boolean clientWrite) {
        this.model = model;
        this.clientWrite = clientWrite;
    }

    public void apply(ObjectNode resource, List<PatchOperation> operations) {
        for (PatchOperation operation : operations) {
            apply(resource, operation);
        }
    }

    private void apply(ObjectNode resource, PatchOperation operation) {
        if (operation.path() == null) {
            if (operation.op() == PatchOp.REMOVE) {
                throw ScimException.noTarget("a remove operation needs a path");
            }
            applyValueObject(resource, operation.op(), null, operation.value());
            return;
        }
        String schemaUrn = AttrPath.knownUrn(operation.path().trim());
        if (schemaUrn != null) {
            if (operation.op() == PatchOp.REMOVE) {
                ResourceNodes.remove(resource, schemaUrn);
                return;
            }
            applyValueObject(resource, operation.op(), schemaUrn, operation.value());
            return;
        }
        applyPath(resource, operation.op(), FilterParser.parsePath(operation.path()), operation.value());
    }

    /** A path-less add/replace: each key of the value object is a path (dotted, urn-qualified, or a schema URN). */
    private void applyValueObject(ObjectNode resource, PatchOp op, String urn, JsonNode value) {
        if (value == null || !value.isObject()) {
            throw ScimException.invalidSyntax("an operation without path needs an object value");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (urn == null && (key.equalsIgnoreCase("schemas") || key.equalsIgnoreCase("meta")
                    || key.equalsIgnoreCase("id"))) {
                continue; // server-managed, not patchable
            }
            String knownUrn = urn == null ? AttrPath.knownUrn(key) : null;
            if (knownUrn != null) {
                applyValueObject(resource, op, knownUrn, field.getValue());
            } else {
                String path = urn == null ? key : urn + ":" + key;
                applyPath(resource, op, FilterParser.parsePath(path), field.getValue());
            }
        }
    }

    private void applyPath(ObjectNode resource, PatchOp op, PatchPath path, JsonNode value) {
        AttrPath attr = path.attr();
        ScimAttribute def = model.topLevel(attr).orElseThrow(() -> ScimException.invalidPath(
                "'" + attr + "' is not an attribute of " + model.name()));
        if (clientWrite && "readOnly".equals(def.mutability())) {
            throw ScimException.mutability("'" + def.name() + "' is read-only");
        }
        String containerUrn = attr.urn() == null ? null : model.schemaOf(attr).map(ScimSchema::id).orElseThrow();
        ObjectNode container = ResourceNodes.container(resource, containerUrn, op != PatchOp.REMOVE);
        if (container == null) {
            return; // removing from an extension the resource does not have
        }
        String where = attr.toString();
        if (path.valueFilter() != null) {
            applyFiltered(container, op, def, path, value, where);
        } else if (attr.sub() != null) {
            ScimAttribute sub = def.sub(attr.sub()).orElseThrow(() -> ScimException.invalidPath(
                    "'" + attr.sub() + "' is not a sub-attribute of " + def.name()));
            applySub(container, op, def, sub, value, where);
        } else {
            applyWhole(container, op, def, value, where);
        }
    }

    private void applyWhole(ObjectNode container, PatchOp op, ScimAttribute def, JsonNode value, String where) {
        if (op == PatchOp.REMOVE) {
            if (def.multiValued() && value != null && !value.isNull()) {
                removeListed(container, def, ValueCoercer.coerce(value, def, where), where);
            } else {
                ResourceNodes.remove(container, def.name());
            }
            return;
        }
        if (value == null) {
            throw ScimException.invalidSyntax("an " + op.name().toLowerCase() + " of " + where + " needs a value");
        }
        JsonNode coerced = ValueCoercer.coerce(value, def, where);
        if (def.multiValued() && op == PatchOp.ADD) {
            ArrayNode array = array(container, def.name());
            for (JsonNode element : coerced) {
                if (indexOf(array, element) < 0) {
                    array.add(element);
                }
            }
        } else if (def.isComplex() && !def.multiValued() && op == PatchOp.ADD && coerced != null) {
            ObjectNode target = ResourceNodes.object(container, def.name());
            target.setAll((ObjectNode) coerced);
        } else {
            ResourceNodes.set(container, def.name(), coerced);
        }
    }

    private void applySub(ObjectNode container, PatchOp op, ScimAttribute def, ScimAttribute sub, JsonNode value,
                          String where) {
        JsonNode coerced = op == PatchOp.REMOVE ? null : ValueCoercer.coerce(value, sub, where);
        if (def.multiValued()) {
            ArrayNode array = array(container, def.name());
            if (array.isEmpty() && coerced != null) {
                array.addObject();
            }
            for (JsonNode element : array) {
                if (element instanceof ObjectNode object) {
                    ResourceNodes.set(object, sub.name(), coerced);
                }
            }
            return;
        }
        if (coerced == null) {
            JsonNode existing = ResourceNodes.get(container, def.name());
            if (existing instanceof ObjectNode object) {
                ResourceNodes.remove(object, sub.name());
            }
            return;
        }
        ResourceNodes.set(ResourceNodes.object(container, def.name()), sub.name(), coerced);
    }

    private void applyFiltered(ObjectNode container, PatchOp op, ScimAttribute def, PatchPath path, JsonNode value,
                               String where) {
        if (!def.multiValued()) {
            throw ScimException.invalidPath("'" + where + "' is single-valued: a value filter needs a multi-valued"
                    + " attribute");
        }
        ScimAttribute elementSub = path.elementSub() == null ? null : def.sub(path.elementSub()).orElseThrow(
                () -> ScimException.invalidPath("'" + path.elementSub() + "' is not a sub-attribute of " + def.name()));
        ArrayNode array = array(container, def.name());
        List<ObjectNode> matches = new ArrayList<>();
        for (JsonNode element : array) {
            if (element instanceof ObjectNode object && ElementMatcher.matches(object, path.valueFilter())) {
                matches.add(object);
            }
        }
        if (op == PatchOp.REMOVE) {
            if (elementSub == null) {
                removeIdentical(array, matches);
            } else {
                matches.forEach(m -> ResourceNodes.remove(m, elementSub.name()));
            }
            if (array.isEmpty()) {
                ResourceNodes.remove(container, def.name());
            }
            return;
        }
        JsonNode coerced = elementSub == null ? ValueCoercer.single(value, def, where)
                : ValueCoercer.coerce(value, elementSub, where + "." + elementSub.name());
        if (matches.isEmpty()) {
            ObjectNode created = array.addObject();
            seedFromFilter(created, path.valueFilter(), def, where);
            matches.add(created);
        }
        for (ObjectNode element : matches) {
            if (elementSub != null) {
                ResourceNodes.set(element, elementSub.name(), coerced);
            } else if (coerced instanceof ObjectNode object) {
                element.setAll(object);
            }
        }
    }

    /** A created element takes the values the filter's equality tests ask for ({@code type eq "work"}). */
    private static void seedFromFilter(ObjectNode element, Filter filter, ScimAttribute def, String where) {
        if (filter instanceof Filter.And and) {
            seedFromFilter(element, and.left(), def, where);
            seedFromFilter(element, and.right(), def, where);
        } else if (filter instanceof Filter.Compare compare && compare.op() == CompareOp.EQ
                && compare.value() != null && compare.path().sub() == null) {
            def.sub(compare.path().name()).ifPresent(sub -> element.set(sub.name(),
                    ValueCoercer.single(literal(compare.value()), sub, where + "." + sub.name())));
        }
    }

    private static JsonNode literal(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Double d) {
            return nodes.numberNode(d);
        }
        return nodes.textNode(String.valueOf(value));
    }

    private static void removeIdentical(ArrayNode array, List<ObjectNode> toRemove) {
        for (int i = array.size() - 1; i >= 0; i--) {
            JsonNode element = array.get(i);
            if (toRemove.stream().anyMatch(r -> r == element)) {
                array.remove(i);
            }
        }
    }

    /** Removes the listed elements only (matched by their {@code value}, or whole when they have none). */
    private static void removeListed(ObjectNode container, ScimAttribute def, JsonNode listed, String where) {
        JsonNode existing = ResourceNodes.get(container, def.name());
        if (!(existing instanceof ArrayNode array)) {
            return;
        }
        for (JsonNode item : listed) {
            JsonNode key = item.isObject() ? ResourceNodes.get(item, "value") : item;
            for (int i = array.size() - 1; i >= 0; i--) {
                JsonNode element = array.get(i);
                JsonNode elementKey = element.isObject() ? ResourceNodes.get(element, "value") : element;
                boolean same = key == null ? element.equals(item)
                        : elementKey != null && elementKey.asText().equals(key.asText());
                if (same) {
                    array.remove(i);
                }
            }
        }
        if (array.isEmpty()) {
            ResourceNodes.remove(container, def.name());
        }
    }

    private static ArrayNode array(ObjectNode container, String name) {
        JsonNode existing = ResourceNodes.get(container, name);
        if (existing instanceof ArrayNode array) {
            return array;
        }
        ArrayNode created = container.arrayNode();
        if (existing != null && !existing.isNull()) {
            created.add(existing);
        }
        ResourceNodes.set(container, name, created);
        return created;
    }

    private static int indexOf(ArrayNode array, JsonNode element) {
        JsonNode key = element.isObject() ? ResourceNodes.get(element, "value") : null;
        for (int i = 0; i < array.size(); i++) {
            JsonNode candidate = array.get(i);
            if (candidate.equals(element)) {
                return i;
            }
            JsonNode candidateKey = candidate.isObject() ? ResourceNodes.get(candidate, "value") : null;
            if (key != null && candidateKey != null && key.asText().equals(candidateKey.asText())
                    && element.size() == 1) {
                return i;
            }
        }
        return -1;
    }
}

package io.openecma.ingress.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.scim.ResourceModel;
import io.openecma.ingress.scim.ResourceNodes;
import io.openecma.ingress.scim.ResourcePaths;
import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.ScimSchema;
import io.openecma.ingress.scim.patch.PatchApplier;
import io.openecma.ingress.scim.patch.PatchOp;
import io.openecma.ingress.scim.patch.PatchOperation;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.events.Json;
import org.jboss.logging.Logger;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Translates between one SCIM resource type and one connector object type through its bindings:
 * SCIM resource to connector attributes for writes, and the stored connector attributes back to the
 * SCIM resource for reads (so GET shows what the connector space holds, through the same mapping).
 * When two bindings feed the same attribute, the first one present wins (extension bindings come first).
 */
public final class ResourceMapping {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Logger LOG = Logger.getLogger(ResourceMapping.class);

    private final ResourceModel model;
    private final String objectType;
    private final String anchorAttribute;
    private final List<Binding> bindings;
    private final PatchApplier serverWriter;
    /** The connector attribute that keeps unmapped attributes as JSON, or null: they are refused. */
    private final String unmappedStore;
    /** The target chooses the anchor: a create without one is sent with a provisional one. */
    private final boolean anchorChosenByTarget;

    /** A mapping that refuses attributes no binding carries. */
    public ResourceMapping(ResourceModel model, String objectType, String anchorAttribute, List<Binding> bindings) {
        this(model, objectType, anchorAttribute, bindings, null);
    }

    public ResourceMapping(ResourceModel model, String objectType, String anchorAttribute, List<Binding> bindings,
                           String unmappedStore) {
        this(model, objectType, anchorAttribute, bindings, unmappedStore, false);
    }

    public ResourceMapping(ResourceModel model, String objectType, String anchorAttribute, List<Binding> bindings,
                           String unmappedStore, boolean anchorChosenByTarget) {
        this.anchorChosenByTarget = anchorChosenByTarget;
        this.model = model;
        this.objectType = objectType;
        this.anchorAttribute = anchorAttribute;
        this.bindings = List.copyOf(bindings);
        this.serverWriter = new PatchApplier(model, false);
        this.unmappedStore = unmappedStore;
    }

    /** The attribute unmapped SCIM attributes are stored in, when the connector stores them. */
    public Optional<String> unmappedStore() {
        return Optional.ofNullable(unmappedStore);
    }

    public ResourceModel model() {
        return model;
    }

    public String objectType() {
        return objectType;
    }

    public String anchorAttribute() {
        return anchorAttribute;
    }

    public List<Binding> bindings() {
        return bindings;
    }

    /** Whether SCIM {@code active} is bound to a connector attribute (else it only drives deprovisioning). */
    public boolean activeBound() {
        return bindings.stream().anyMatch(b -> b.path().attr().urn() == null
                && b.path().attr().name().equalsIgnoreCase("active"));
    }

    /** The connector attributes a SCIM resource carries, keyed by canonical name; absent ones are left out. */
    public Map<String, Object> toAttributes(ObjectNode resource) {
        return toAttributes(resource, null);
    }

    /**
     * As {@link #toAttributes(ObjectNode)}, for a resource patched from {@code previous}: when several
     * paths feed one attribute (an extension attribute and a core mapping), the path the patch changed wins.
     */
    public Map<String, Object> toAttributes(ObjectNode resource, ObjectNode previous) {
        Map<String, Object> result = new LinkedHashMap<>();
        java.util.Set<String> decidedByChange = new java.util.HashSet<>();
        for (Binding binding : bindings) {
            String name = binding.attribute().name();
            JsonNode node = ResourcePaths.read(resource, binding.path());
            boolean changed = previous != null && !java.util.Objects.equals(node,
                    ResourcePaths.read(previous, binding.path()));
            if (decidedByChange.contains(name) || (result.containsKey(name) && !changed)) {
                continue;
            }
            Object value = node == null ? null : toConnectorValue(node, binding);
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                result.put(name, value);
            } else if (changed) {
                result.remove(name);
            }
            if (changed) {
                decidedByChange.add(name);
            }
        }
        ObjectNode unbound = UnboundParts.of(resource, bindings, model.core().attribute("active").isPresent());
        if (unmappedStore != null) {
            if (!unbound.isEmpty()) {
                result.put(unmappedStore, Json.write(sorted(unbound)));
            }
        } else {
            ObjectNode refused = withoutRequiredCore(unbound);
            if (!refused.isEmpty()) {
                throw ScimException.invalidValue("not mapped to any attribute of the connector's " + objectType + ": "
                        + String.join(", ", UnboundParts.names(refused)) + " (add scimMappings for them, or set"
                        + " scim.unmappedAttributes: store in connector.yaml to keep them)");
            }
        }
        return result;
    }

    /**
     * The unbound parts without the one attribute RFC 7643 makes every client send (userName of a
     * User, section 4.1.1; displayName of a Group, section 4.2): a connector that does not map it
     * (one converted from ECMA2Host, whose schema has no userName) cannot refuse what the protocol
     * requires; it is not stored, as before unmapped attributes were refused.
     */
    private ObjectNode withoutRequiredCore(ObjectNode unbound) {
        ObjectNode rest = unbound.deepCopy();
        ResourceNodes.remove(rest, "Group".equals(model.name()) ? "displayName" : "userName");
        return rest;
    }

    /** Keys in a fixed order, so the stored JSON of equal content is equal text (and diffs find no change). */
    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = MAPPER.createObjectNode();
            java.util.List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            keys.sort(String::compareTo);
            keys.forEach(k -> copy.set(k, sorted(object.get(k))));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = MAPPER.createArrayNode();
            array.forEach(e -> copy.add(sorted(e)));
            return copy;
        }
        return node;
    }

    /**
     * The anchor value among mapped attributes, or empty; when the target chooses the anchor and the
     * client gave none, a provisional one (a random UUID) that the Export script's result replaces.
     */
    public Optional<String> anchorOf(Map<String, Object> attributes) {
        Object value = attributes.get(anchorAttribute);
        String text = value == null || value instanceof List<?> ? "" : value.toString();
        if (text.isEmpty() && anchorChosenByTarget) {
            return Optional.of(java.util.UUID.randomUUID().toString());
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The SCIM resource for a stored object, rebuilt through the bindings. */
    public ObjectNode toResource(StoredObject object, String location) {
        ObjectNode resource = MAPPER.createObjectNode();
        resource.putArray("schemas");
        resource.put("id", object.scimId());
        for (Binding binding : bindings) {
            Object value = lookup(object.attributes(), binding.attribute().name());
            boolean neverReturned = model.attribute(binding.path().attr())
                    .map(a -> "never".equals(a.returned())).orElse(false);
            if (value != null && !neverReturned && ResourcePaths.read(resource, binding.path()) == null) {
                try {
                    serverWriter.apply(resource, List.of(
                            new PatchOperation(PatchOp.REPLACE, binding.text(), MAPPER.valueToTree(value))));
                } catch (ScimException e) {
                    // a stored value the SCIM type cannot carry: show the rest of the object, say why
                    LOG.warnf("%s %s: attribute %s not shown as %s: %s", objectType, object.anchor(),
                            binding.attribute().name(), binding.text(), e.getMessage());
                }
            }
        }
        if (unmappedStore != null && lookup(object.attributes(), unmappedStore) instanceof String stored
                && !stored.isBlank()) {
            try {
                if (MAPPER.readTree(stored) instanceof ObjectNode unbound) {
                    UnboundParts.restore(resource, unbound);
                }
            } catch (java.io.IOException e) {
                LOG.warnf("%s %s: attribute %s does not hold the JSON of unmapped SCIM attributes: %s", objectType,
                        object.anchor(), unmappedStore, e.getMessage());
            }
        }
        if (model.core().attribute("active").isPresent() && !activeBound()) {
            resource.put("active", object.active());
        }
        ArrayNode schemas = (ArrayNode) resource.get("schemas");
        schemas.add(model.core().id());
        for (ScimSchema extension : model.extensions()) {
            if (ResourceNodes.get(resource, extension.id()) != null) {
                schemas.add(extension.id());
            }
        }
        ObjectNode meta = resource.putObject("meta");
        meta.put("resourceType", model.name());
        if (object.created() != null) {
            meta.put("created", DateTimeFormatter.ISO_INSTANT.format(object.created()));
        }
        if (object.updated() != null) {
            meta.put("lastModified", DateTimeFormatter.ISO_INSTANT.format(object.updated()));
        }
        meta.put("location", location);
        meta.put("version", "W/\"" + object.version() + "\"");
        return resource;
    }

    private static Object lookup(Map<String, Object> attributes, String name) {
        Object exact = attributes.get(name);
        if (exact != null) {
            return exact;
        }
        return attributes.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private Object toConnectorValue(JsonNode node, Binding binding) {
        SchemaAttribute attribute = binding.attribute();
        if (attribute.multiValued()) {
            List<Object> values = new ArrayList<>();
            for (JsonNode element : node.isArray() ? node : MAPPER.createArrayNode().add(node)) {
                Object value = scalar(element.isObject() ? ResourceNodes.get(element, "value") : element, binding);
                if (value != null && !values.contains(value)) {
                    values.add(value);
                }
            }
            return values;
        }
        JsonNode single = node;
        if (single.isArray()) {
            if (single.size() > 1) {
                throw ScimException.invalidValue(binding.text() + " maps to the single-valued attribute '"
                        + attribute.name() + "' but has " + single.size() + " values");
            }
            single = single.isEmpty() ? null : single.get(0);
        }
        if (single != null && single.isObject()) {
            single = ResourceNodes.get(single, "value");
        }
        return scalar(single, binding);
    }

    private static Object scalar(JsonNode node, Binding binding) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw ScimException.invalidValue(binding.text() + " must be a single value for '"
                    + binding.attribute().name() + "'");
        }
        String where = binding.text() + " (attribute '" + binding.attribute().name() + "')";
        switch (binding.attribute().dataType()) {
            case Integer -> {
                if (node.isIntegralNumber() && node.canConvertToLong()) {
                    return node.longValue();
                }
                try {
                    return Long.parseLong(node.asText().trim());
                } catch (NumberFormatException e) {
                    throw ScimException.invalidValue(where + " must be an integer, not '" + node.asText() + "'");
                }
            }
            case Boolean -> {
                if (node.isBoolean()) {
                    return node.booleanValue();
                }
                String text = node.asText().trim().toLowerCase(Locale.ROOT);
                if (text.equals("true") || text.equals("false")) {
                    return Boolean.valueOf(text);
                }
                throw ScimException.invalidValue(where + " must be a boolean, not '" + node.asText() + "'");
            }
            case Binary -> {
                try {
                    Base64.getDecoder().decode(node.asText());
                } catch (IllegalArgumentException e) {
                    throw ScimException.invalidValue(where + " must be base64");
                }
                return node.asText();
            }
            default -> {
                return node.asText();
            }
        }
    }
}

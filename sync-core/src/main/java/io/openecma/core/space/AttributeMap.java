package io.openecma.core.space;

import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeValues;
import io.openecma.schemas.events.AttributeDelta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Operations on an object's attribute map as the connector space stores it: keys in connector
 * spelling (looked up case-insensitively, as ECMA2 does), a scalar for a single value, a list for
 * a multi-valued attribute, no key for an attribute without values.
 */
public final class AttributeMap {

    private AttributeMap() {
    }

    /** A normalised, insertion-ordered copy; null and empty values are dropped. */
    public static Map<String, Object> copy(Map<String, ?> attributes) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> {
                Object normal = normalize(value);
                if (normal != null) {
                    copy.put(name, normal);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The values of an attribute as a list (empty when absent). */
    public static List<Object> values(Map<String, Object> attributes, String name) {
        Object value = get(attributes, name);
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
    }

    /** The value stored under the name, matched case-insensitively. */
    public static Object get(Map<String, Object> attributes, String name) {
        Object exact = attributes.get(name);
        if (exact != null) {
            return exact;
        }
        return attributes.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Same values, ignoring order (ECMA2 value sets are unordered). */
    public static boolean sameValues(List<Object> a, List<Object> b) {
        return a.size() == b.size() && new LinkedHashSet<>(a).equals(new LinkedHashSet<>(b));
    }

    /** Applies one delta to a mutable map, keeping the schema's spelling and shape. */
    static void apply(Map<String, Object> attributes, AttributeDelta delta, AttributeShapes shapes) {
        String name = shapes.canonical(delta.attribute());
        List<Object> current = values(attributes, name);
        boolean wasList = get(attributes, name) instanceof List<?>;
        attributes.keySet().removeIf(key -> key.equalsIgnoreCase(name));
        List<Object> next = switch (delta.kind()) {
            case REPLACE -> distinct(delta.values());
            case ADD_VALUES -> {
                List<Object> merged = new ArrayList<>(current);
                merged.addAll(delta.values());
                yield distinct(merged);
            }
            case REMOVE_VALUES -> current.stream().filter(v -> !delta.values().contains(v)).toList();
            case CLEAR -> List.of();
        };
        if (next.isEmpty()) {
            return;
        }
        boolean multi = shapes.multiValued(name).orElse(wasList || next.size() > 1
                || delta.kind() == io.openecma.schemas.events.DeltaKind.ADD_VALUES);
        if (!multi && next.size() > 1) {
            throw new InvalidChangeException("attribute " + name + " is single-valued but was given "
                    + next.size() + " values");
        }
        attributes.put(name, multi ? List.copyOf(next) : next.get(0));
    }

    /**
     * A normalised copy with ECMA2 attribute changes applied in order (Update removes and adds
     * values, Delete clears, any other sets the added values), in the schema's spelling and shape.
     */
    public static Map<String, Object> withChanges(Map<String, Object> before, List<AttributeChange> changes,
                                                  AttributeShapes shapes) {
        Map<String, Object> attributes = new LinkedHashMap<>(copy(before));
        for (AttributeChange change : changes) {
            String name = shapes.canonical(change.name());
            List<Object> values = new ArrayList<>(values(attributes, name));
            attributes.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            switch (change.modificationType()) {
                case Delete -> values.clear();
                case Update -> {
                    values.removeAll(change.deletedValues());
                    change.addedValues().stream().filter(v -> !values.contains(v)).forEach(values::add);
                }
                default -> {
                    values.clear();
                    values.addAll(change.addedValues());
                }
            }
            putValues(attributes, name, values, shapes);
        }
        return copy(attributes);
    }

    /** Puts values under the name in a mutable map, a list when the schema (or their count) says multi-valued; none puts nothing. */
    public static void putValues(Map<String, Object> attributes, String name, List<Object> values, AttributeShapes shapes) {
        if (values.isEmpty()) {
            return;
        }
        boolean multi = shapes.multiValued(name).orElse(values.size() > 1);
        attributes.put(name, multi ? List.copyOf(values) : values.get(0));
    }

    private static List<Object> distinct(Collection<Object> values) {
        return List.copyOf(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()));
    }

    private static Object normalize(Object value) {
        if (value instanceof Collection<?> list) {
            List<Object> values = list.stream().filter(Objects::nonNull).map(AttributeValues::normalize)
                    .map(v -> (Object) v).toList();
            return values.isEmpty() ? null : values;
        }
        return AttributeValues.normalize(value);
    }
}

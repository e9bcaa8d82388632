package io.openecma.ingress.mapping;

import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.DeltaKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The attribute deltas that turn the stored attributes into the requested ones. Single-valued
 * attributes are replaced or cleared. Multi-valued ones are replaced whole for a create or a PUT,
 * and changed value by value for a PATCH, so a PATCH that removes two members removes only those two.
 */
public final class AttributeDiff {

    private AttributeDiff() {
    }

    public static List<AttributeDelta> between(Map<String, Object> before, Map<String, Object> after,
                                               boolean valueByValue) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<AttributeDelta> deltas = new ArrayList<>();
        for (String name : names) {
            Object old = before.get(name);
            Object now = after.get(name);
            if (Objects.equals(old, now)) {
                continue;
            }
            if (now == null) {
                deltas.add(AttributeDelta.clear(name));
            } else if (now instanceof List<?> nowList && valueByValue && (old == null || old instanceof List<?>)) {
                List<?> oldList = old == null ? List.of() : (List<?>) old;
                List<Object> added = nowList.stream().filter(v -> !oldList.contains(v)).map(v -> (Object) v).toList();
                List<Object> removed = oldList.stream().filter(v -> !nowList.contains(v)).map(v -> (Object) v).toList();
                if (!added.isEmpty()) {
                    deltas.add(new AttributeDelta(name, DeltaKind.ADD_VALUES, added));
                }
                if (!removed.isEmpty()) {
                    deltas.add(new AttributeDelta(name, DeltaKind.REMOVE_VALUES, removed));
                }
            } else {
                deltas.add(new AttributeDelta(name, DeltaKind.REPLACE,
                        now instanceof List<?> list ? new ArrayList<Object>(list) : List.of(now)));
            }
        }
        return deltas;
    }

    /**
     * The deltas of a PUT as sync-core applies them: it replaces every attribute of the object with
     * what the deltas carry (ChangeApplier, REPLACE), so an attribute the PUT left unchanged travels
     * too, as a REPLACE with its value; without it, it would be lost. Nothing to change stays nothing.
     */
    public static List<AttributeDelta> wholeReplacement(List<AttributeDelta> changes, Map<String, Object> after) {
        if (changes.isEmpty()) {
            return changes;
        }
        Set<String> named = new LinkedHashSet<>();
        changes.forEach(d -> named.add(d.attribute()));
        List<AttributeDelta> whole = new ArrayList<>(changes);
        after.forEach((name, value) -> {
            if (value != null && !named.contains(name)) {
                whole.add(new AttributeDelta(name, DeltaKind.REPLACE,
                        value instanceof List<?> list ? new ArrayList<Object>(list) : List.of(value)));
            }
        });
        return whole;
    }
}

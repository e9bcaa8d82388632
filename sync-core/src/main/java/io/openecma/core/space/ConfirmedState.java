package io.openecma.core.space;

import io.openecma.schemas.ecma.AttributeChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the target system is known to hold for an object (from export results and imports). */
public record ConfirmedState(Map<String, Object> attributes, boolean active, boolean inTarget) {

    public ConfirmedState {
        attributes = AttributeMap.copy(attributes);
    }

    public static ConfirmedState absent() {
        return new ConfirmedState(Map.of(), true, false);
    }

    /**
     * With the attribute changes an Export script returned applied (values the target generated
     * override what was exported), in the schema's spelling and shape like every other value.
     */
    public ConfirmedState withReturned(List<AttributeChange> returned, AttributeShapes shapes) {
        Map<String, Object> next = new LinkedHashMap<>(attributes);
        for (AttributeChange change : returned) {
            String name = shapes.canonical(change.name());
            List<Object> values = new ArrayList<>(AttributeMap.values(next, name));
            next.keySet().removeIf(k -> k.equalsIgnoreCase(name));
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
            if (!values.isEmpty()) {
                boolean multi = shapes.multiValued(name).orElse(values.size() > 1);
                next.put(name, multi ? List.copyOf(values) : values.get(0));
            }
        }
        return new ConfirmedState(next, active, inTarget);
    }

    /** The desired state that asks for no change. */
    public DesiredState asDesired() {
        return DesiredState.of(attributes, active);
    }
}

package io.openecma.core.space;

import io.openecma.schemas.events.AttributeDelta;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What SCIM wants an object to be: its attribute values (connector spelling; a multi-valued
 * attribute is a list), whether it is active, and whether it was deleted. Later changes to an
 * object are applied on top of this, which is how changes waiting behind an export coalesce.
 */
public record DesiredState(Map<String, Object> attributes, boolean active, boolean deleted) {

    public DesiredState {
        attributes = AttributeMap.copy(attributes);
    }

    public static DesiredState of(Map<String, Object> attributes, boolean active) {
        return new DesiredState(attributes, active, false);
    }

    /** Applies deltas in order; {@code active} null leaves the active flag as it is. */
    public DesiredState apply(Iterable<AttributeDelta> deltas, Boolean active, AttributeShapes shapes) {
        Map<String, Object> next = new LinkedHashMap<>(attributes);
        for (AttributeDelta delta : deltas) {
            AttributeMap.apply(next, delta, shapes);
        }
        return new DesiredState(next, active == null ? this.active : active, false);
    }

    public DesiredState markDeleted() {
        return new DesiredState(attributes, active, true);
    }
}

package io.openecma.core.space;

import io.openecma.schemas.ecma.AttributeChange;

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
        return new ConfirmedState(AttributeMap.withChanges(attributes, returned, shapes), active, inTarget);
    }

    /** The desired state that asks for no change. */
    public DesiredState asDesired() {
        return DesiredState.of(attributes, active);
    }
}

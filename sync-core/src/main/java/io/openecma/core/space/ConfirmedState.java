package io.openecma.core.space;

import java.util.Map;

/** What the target system is known to hold for an object (from export results and imports). */
public record ConfirmedState(Map<String, Object> attributes, boolean active, boolean inTarget) {

    public ConfirmedState {
        attributes = AttributeMap.copy(attributes);
    }

    public static ConfirmedState absent() {
        return new ConfirmedState(Map.of(), true, false);
    }

    /** The desired state that asks for no change. */
    public DesiredState asDesired() {
        return DesiredState.of(attributes, active);
    }
}

package io.openecma.core.space;

import io.openecma.schemas.definition.DisableFlow;

import java.util.Locale;

/**
 * An object's state in the connector space (architecture.md): pending-add, pending-update and
 * pending-delete while a change waits for or travels in an export; confirmed or soft-deleted once
 * the target holds what SCIM asked for; error until an administrator or a new SCIM change retries
 * it. "Deleted" is the row leaving the connector space.
 */
public enum ObjectState {
    PENDING_ADD, PENDING_UPDATE, PENDING_DELETE, CONFIRMED, SOFT_DELETED, ERROR;

    /** The spelling in cs_object.state. */
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ObjectState fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean isPending() {
        return this == PENDING_ADD || this == PENDING_UPDATE || this == PENDING_DELETE;
    }

    /** The state of an object once the target holds {@code confirmed} and nothing is pending. */
    public static ObjectState settled(ConfirmedState confirmed) {
        return confirmed.active() ? CONFIRMED : SOFT_DELETED;
    }

    /** The state of an object waiting to reach {@code desired}. */
    public static ObjectState pending(ConfirmedState confirmed, DesiredState desired, ExportSettings settings) {
        boolean removes = desired.deleted() || (!desired.active() && settings.disableFlow() == DisableFlow.Delete);
        if (removes) {
            return PENDING_DELETE;
        }
        return confirmed.inTarget() ? PENDING_UPDATE : PENDING_ADD;
    }
}

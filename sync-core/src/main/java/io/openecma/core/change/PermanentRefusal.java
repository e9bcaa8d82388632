package io.openecma.core.change;

import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ScimChangeEvent;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/**
 * Changes that no retry can apply: their text holds a NUL (PostgreSQL stores none, in text or jsonb),
 * or applying them failed with a data exception (SQLSTATE class 22). They are answered 400 at once,
 * without retries and without a dead letter: the request was wrong, nothing is lost. The ingress
 * refuses such text already; this is the defence behind it (another producer, an older ingress).
 */
final class PermanentRefusal {

    private PermanentRefusal() {
    }

    /** Why the event's text cannot be stored, or null. */
    static String problem(ScimChangeEvent event) {
        if (hasNul(event.objectType()) || hasNul(event.anchor()) || hasNul(event.scimId())) {
            return "the object's type, anchor or id contains a NUL character (U+0000)";
        }
        for (AttributeDelta delta : event.deltas() == null ? java.util.List.<AttributeDelta>of() : event.deltas()) {
            if (hasNul(delta.attribute()) || hasNul(delta.values())) {
                return "a value of attribute '" + delta.attribute().replace('\0', '?') + "' contains a NUL character"
                        + " (U+0000)";
            }
        }
        return null;
    }

    /** The SQLSTATE of a data exception somewhere in the cause chain, or null when there is none. */
    static String dataException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean hasNul(Object value) {
        if (value instanceof CharSequence text) {
            return text.chars().anyMatch(c -> c == 0);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(e -> hasNul(e.getKey()) || hasNul(e.getValue()));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(PermanentRefusal::hasNul);
        }
        return false;
    }
}

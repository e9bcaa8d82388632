package io.openecma.schemas.events;

/** Why a whole batch, page or request failed: TRANSIENT may succeed on retry (e.g. ServerDownException), PERMANENT will not, TIMEOUT hit the script time limit. */
public enum FailureKind {
    TRANSIENT, PERMANENT, TIMEOUT
}

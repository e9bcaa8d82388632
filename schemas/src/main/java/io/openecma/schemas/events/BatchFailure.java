package io.openecma.schemas.events;

import java.util.Objects;

/**
 * Why a whole batch, import page or schema request failed, with the script's message and where in
 * the script it was raised (file:line), when known.
 */
public record BatchFailure(FailureKind kind, String message, String scriptLocation) {

    public BatchFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}

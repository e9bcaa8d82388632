package io.openecma.runtime.pwsh;

/** The host process could not be started, died, broke the protocol, ran out of time or was cancelled. */
final class HostProcessException extends RuntimeException {

    HostProcessException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.openecma.core.space;

/** A change the connector space cannot take as given (answered to SCIM as 400 invalidValue). */
public class InvalidChangeException extends RuntimeException {
    public InvalidChangeException(String message) {
        super(message);
    }
}

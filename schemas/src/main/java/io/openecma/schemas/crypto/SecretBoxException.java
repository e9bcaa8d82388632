package io.openecma.schemas.crypto;

/** A secret could not be decrypted: wrong key, tampered or malformed data, or no key configured. */
public class SecretBoxException extends RuntimeException {

    public SecretBoxException(String message) {
        super(message);
    }

    public SecretBoxException(String message, Throwable cause) {
        super(message, cause);
    }
}

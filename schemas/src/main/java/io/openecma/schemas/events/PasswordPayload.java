package io.openecma.schemas.events;

import io.openecma.schemas.crypto.SealedBox;
import io.openecma.schemas.crypto.SecretBox;

import java.util.Objects;

/**
 * The plaintext inside a password {@link EncryptedEnvelope}: the new password and, for
 * ChangePassword, the old one. Never logged, never sent unencrypted.
 */
public record PasswordPayload(String newPassword, String oldPassword) {

    public PasswordPayload {
        Objects.requireNonNull(newPassword, "newPassword");
    }

    public EncryptedEnvelope seal(SecretBox box) {
        return box.seal(Json.writeBytes(this));
    }

    /** Sealed with the password-worker's public key: whoever seals it cannot open it. */
    public EncryptedEnvelope seal(SealedBox box) {
        return box.seal(Json.writeBytes(this));
    }

    public static PasswordPayload open(SecretBox box, EncryptedEnvelope envelope) {
        return Json.read(box.open(envelope), PasswordPayload.class);
    }

    @Override
    public String toString() {
        return "PasswordPayload[***]";
    }
}

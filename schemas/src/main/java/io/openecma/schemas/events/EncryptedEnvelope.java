package io.openecma.schemas.events;

import java.util.Objects;

/**
 * A secret encrypted with {@link io.openecma.schemas.crypto.SecretBox}: the key id, the algorithm
 * ("AES-256-GCM"), and the base64 IV and ciphertext (with the GCM tag appended).
 */
public record EncryptedEnvelope(String keyId, String algorithm, String iv, String ciphertext) {

    public EncryptedEnvelope {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(iv, "iv");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }
}

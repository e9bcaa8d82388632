package io.openecma.ingress.api;

import io.openecma.ingress.scim.ScimException;
import io.openecma.schemas.crypto.SealedBox;
import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.PasswordPayload;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Seals a password from a SCIM request into an envelope only the password-worker opens. The
 * plaintext lives only in this call; it is never stored, logged or put in a fingerprint.
 */
@ApplicationScoped
public class PasswordSealer {

    /** The password-worker's public key: the ingress can seal a password but never open one. */
    @ConfigProperty(name = "openecma.password.public-key")
    Optional<String> publicKey;

    @ConfigProperty(name = "openecma.password.key-id", defaultValue = "password-1")
    String keyId;

    private volatile SealedBox box;

    public EncryptedEnvelope seal(String newPassword) {
        return new PasswordPayload(newPassword, null).seal(box());
    }

    private SealedBox box() {
        if (box == null) {
            String encoded = publicKey.filter(k -> !k.isBlank()).orElseThrow(() -> new ScimException(501, null,
                    "this service has no OPENECMA_PASSWORD_PUBLIC_KEY, so it cannot accept passwords"));
            box = SealedBox.forSealing(keyId, encoded);
        }
        return box;
    }
}

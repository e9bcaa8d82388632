package io.openecma.ingress.api;

import io.openecma.ingress.scim.ScimException;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.PasswordPayload;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Base64;
import java.util.Optional;

/**
 * Seals a password from a SCIM request into an envelope only the password-worker opens. The
 * plaintext lives only in this call; it is never stored, logged or put in a fingerprint.
 */
@ApplicationScoped
public class PasswordSealer {

    @ConfigProperty(name = "openecma.secret.key")
    Optional<String> key;

    @ConfigProperty(name = "openecma.secret.key-id", defaultValue = SecretBox.DEFAULT_KEY_ID)
    String keyId;

    private volatile SecretBox box;

    public EncryptedEnvelope seal(String newPassword) {
        return new PasswordPayload(newPassword, null).seal(box());
    }

    private SecretBox box() {
        if (box == null) {
            String encoded = key.filter(k -> !k.isBlank()).orElseThrow(() -> new ScimException(501, null,
                    "this service has no OPENECMA_SECRET_KEY, so it cannot accept passwords"));
            box = new SecretBox(keyId, Base64.getDecoder().decode(encoded.trim()));
        }
        return box;
    }
}

package io.openecma.password;

import io.openecma.schemas.crypto.SealedBox;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.crypto.SecretBoxException;
import io.openecma.schemas.events.EncryptedEnvelope;

/**
 * Opens password envelopes. The ingress seals with the password-worker's public key
 * ({@link SealedBox}); envelopes sealed before that, with the shared AES key ({@link SecretBox}),
 * are still opened while the worker is given that key, so an upgrade loses no request in flight.
 */
final class EnvelopeOpener {

    private final SealedBox sealed;
    private final SecretBox legacy;

    /** Either may be null: then envelopes of that kind are refused with a clear reason. */
    EnvelopeOpener(SealedBox sealed, SecretBox legacy) {
        this.sealed = sealed;
        this.legacy = legacy;
    }

    boolean canOpenAny() {
        return sealed != null || legacy != null;
    }

    byte[] open(EncryptedEnvelope envelope) {
        if (SealedBox.ALGORITHM.equals(envelope.algorithm())) {
            if (sealed == null) {
                throw new SecretBoxException("OPENECMA_PASSWORD_PRIVATE_KEY is not set");
            }
            return sealed.open(envelope);
        }
        if (SecretBox.ALGORITHM.equals(envelope.algorithm())) {
            if (legacy == null) {
                throw new SecretBoxException("an AES-sealed envelope, and OPENECMA_SECRET_KEY is not set");
            }
            return legacy.open(envelope);
        }
        throw new SecretBoxException("unsupported envelope algorithm " + envelope.algorithm());
    }
}

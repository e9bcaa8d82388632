package io.openecma.runtime.host;

import io.openecma.powershell.host.DataProtection;
import io.openecma.schemas.crypto.SecretBox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The engine's SecureString protection for CLIXML (DPAPI's role under ECMA2Host) done with the
 * service's secret key: a protected value is the SecretBox's {@code enc:<keyId>:...} text, so a
 * file written under another key id or key fails to import.
 */
public final class SecretBoxProtection implements DataProtection {
    private final SecretBox box;

    public SecretBoxProtection(SecretBox box) {
        this.box = box;
    }

    @Override
    public byte[] protect(byte[] plaintext) {
        return box.encryptValue(Base64.getEncoder().encodeToString(plaintext)).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] unprotect(byte[] protectedData) {
        try {
            return Base64.getDecoder().decode(box.decryptValue(new String(protectedData, StandardCharsets.US_ASCII)));
        } catch (RuntimeException e) {
            throw new WrongKeyException(e.getMessage(), e);
        }
    }
}

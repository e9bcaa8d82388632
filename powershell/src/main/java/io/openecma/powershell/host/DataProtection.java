package io.openecma.powershell.host;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * What protects SecureString values written to CLIXML (Export-Clixml, PSSerializer): on Windows
 * that is DPAPI with the user's key; here the host supplies the protection
 * ({@code EngineOptions.withDataProtection}). Without one, serialising a SecureString fails.
 */
public interface DataProtection {

    /** Encrypts; the result is opaque to the engine (written as hex). */
    byte[] protect(byte[] plaintext);

    /** Decrypts what {@link #protect} made; throws {@link WrongKeyException} for another key's data. */
    byte[] unprotect(byte[] protectedData);

    /** Thrown when data was protected with another key (or is damaged). */
    final class WrongKeyException extends RuntimeException {
        public WrongKeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** AES-256-GCM with a 32-byte key; each value has its own random 12-byte IV stored in front. */
    static DataProtection withKey(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("a data protection key is 32 bytes");
        }
        SecretKeySpec spec = new SecretKeySpec(key.clone(), "AES");
        SecureRandom random = new SecureRandom();
        return new DataProtection() {
            @Override
            public byte[] protect(byte[] plaintext) {
                byte[] iv = new byte[12];
                random.nextBytes(iv);
                try {
                    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                    c.init(Cipher.ENCRYPT_MODE, spec, new GCMParameterSpec(128, iv));
                    byte[] body = c.doFinal(plaintext);
                    byte[] out = Arrays.copyOf(iv, iv.length + body.length);
                    System.arraycopy(body, 0, out, iv.length, body.length);
                    return out;
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("AES-GCM is not available", e);
                }
            }

            @Override
            public byte[] unprotect(byte[] data) {
                if (data.length < 12 + 16) {
                    throw new WrongKeyException("the protected data is too short", null);
                }
                try {
                    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                    c.init(Cipher.DECRYPT_MODE, spec, new GCMParameterSpec(128, data, 0, 12));
                    return c.doFinal(data, 12, data.length - 12);
                } catch (AEADBadTagException e) {
                    throw new WrongKeyException("it was protected with a different key", e);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("AES-GCM is not available", e);
                }
            }
        };
    }
}

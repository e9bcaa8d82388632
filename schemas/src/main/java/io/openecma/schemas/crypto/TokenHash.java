package io.openecma.schemas.crypto;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Salted PBKDF2-HMAC-SHA256 hashes of connector bearer tokens, stored as
 * {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>} (16-byte salt, 32-byte hash).
 * Verification takes the iteration count from the stored string, so it can be raised later.
 */
public final class TokenHash {

    public static final String SCHEME = "pbkdf2-sha256";
    public static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHash() {
    }

    public static String hash(String token) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(token, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** True when the token matches; compares in constant time. False for a malformed stored value. */
    public static boolean verify(String token, String stored) {
        if (token == null || !isWellFormed(stored)) {
            return false;
        }
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(token, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether a stored value has this class's format (used to validate connector definitions). */
    public static boolean isWellFormed(String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,8}")) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(parts[2]).length >= SALT_BYTES
                    && Base64.getDecoder().decode(parts[3]).length == HASH_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] pbkdf2(String token, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(token.toCharArray(), salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}

package io.openecma.schemas.crypto;

import io.openecma.schemas.events.EncryptedEnvelope;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * AES-256-GCM encryption with a key id, for encrypted configuration parameters
 * ({@code enc:<keyId>:<base64 of iv+ciphertext+tag>}) and password envelopes. The key id is bound as
 * associated data, so a value relabelled with another key id fails to decrypt.
 */
public final class SecretBox {

    public static final String ALGORITHM = "AES-256-GCM";
    public static final String KEY_ENV = "OPENECMA_SECRET_KEY";
    public static final String KEY_ID_ENV = "OPENECMA_SECRET_KEY_ID";
    public static final String DEFAULT_KEY_ID = "default";
    private static final String VALUE_PREFIX = "enc:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keyId;
    private final SecretKeySpec key;

    public SecretBox(String keyId, byte[] key) {
        Objects.requireNonNull(keyId, "keyId");
        if (keyId.isEmpty() || keyId.contains(":")) {
            throw new IllegalArgumentException("a key id is non-empty and has no ':'");
        }
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key is 32 bytes");
        }
        this.keyId = keyId;
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** The box for OPENECMA_SECRET_KEY (base64 of 32 bytes) and OPENECMA_SECRET_KEY_ID (default "default"). */
    public static SecretBox fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** The box for the key in {@code env} (the same rules as the process environment). */
    public static SecretBox fromEnvironment(Map<String, String> env) {
        String encodedKey = env.get(KEY_ENV);
        if (encodedKey == null || encodedKey.isBlank()) {
            throw new SecretBoxException(KEY_ENV + " is not set: give it the base64 of a 32-byte key");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encodedKey.trim());
        } catch (IllegalArgumentException e) {
            throw new SecretBoxException(KEY_ENV + " is not base64", e);
        }
        if (key.length != 32) {
            throw new SecretBoxException(KEY_ENV + " must decode to 32 bytes, not " + key.length);
        }
        String id = env.getOrDefault(KEY_ID_ENV, DEFAULT_KEY_ID);
        return new SecretBox(id == null || id.isBlank() ? DEFAULT_KEY_ID : id.trim(), key);
    }

    /** A fresh random key, base64, for OPENECMA_SECRET_KEY. */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public String keyId() {
        return keyId;
    }

    public EncryptedEnvelope seal(byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, keyId, iv, plaintext);
        Base64.Encoder b64 = Base64.getEncoder();
        return new EncryptedEnvelope(keyId, ALGORITHM, b64.encodeToString(iv), b64.encodeToString(ciphertext));
    }

    public byte[] open(EncryptedEnvelope envelope) {
        if (!ALGORITHM.equals(envelope.algorithm())) {
            throw new SecretBoxException("unsupported algorithm " + envelope.algorithm() + "; expected " + ALGORITHM);
        }
        requireOwnKey(envelope.keyId());
        try {
            byte[] iv = Base64.getDecoder().decode(envelope.iv());
            byte[] ciphertext = Base64.getDecoder().decode(envelope.ciphertext());
            if (iv.length != IV_BYTES) {
                throw new SecretBoxException("malformed envelope: the IV is " + iv.length + " bytes, not " + IV_BYTES);
            }
            return run(Cipher.DECRYPT_MODE, envelope.keyId(), iv, ciphertext);
        } catch (IllegalArgumentException e) {
            throw new SecretBoxException("malformed envelope: not base64", e);
        }
    }

    /** Encrypts a configuration value to {@code enc:<keyId>:<base64>}. */
    public String encryptValue(String plaintext) {
        EncryptedEnvelope envelope = seal(plaintext.getBytes(StandardCharsets.UTF_8));
        Base64.Decoder d = Base64.getDecoder();
        byte[] iv = d.decode(envelope.iv());
        byte[] ciphertext = d.decode(envelope.ciphertext());
        byte[] joined = ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array();
        return VALUE_PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(joined);
    }

    /** Decrypts a value written by {@link #encryptValue(String)}. */
    public String decryptValue(String stored) {
        if (!isEncryptedValue(stored)) {
            throw new SecretBoxException("not an encrypted value (expected enc:<keyId>:<base64>)");
        }
        String[] parts = stored.split(":", 3);
        requireOwnKey(parts[1]);
        byte[] joined;
        try {
            joined = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new SecretBoxException("malformed encrypted value: not base64", e);
        }
        if (joined.length < IV_BYTES + TAG_BITS / 8) {
            throw new SecretBoxException("malformed encrypted value: too short");
        }
        byte[] iv = Arrays.copyOfRange(joined, 0, IV_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(joined, IV_BYTES, joined.length);
        return new String(run(Cipher.DECRYPT_MODE, parts[1], iv, ciphertext), StandardCharsets.UTF_8);
    }

    /** Whether a stored value has the {@code enc:<keyId>:<base64>} shape (says nothing about the key). */
    public static boolean isEncryptedValue(String stored) {
        return stored != null && stored.matches("enc:[^:]+:[A-Za-z0-9+/=]+");
    }

    private void requireOwnKey(String otherKeyId) {
        if (!keyId.equals(otherKeyId)) {
            throw new SecretBoxException("encrypted with key id '" + otherKeyId + "' but this service has key id '"
                    + keyId + "'");
        }
    }

    private byte[] run(int mode, String aadKeyId, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aadKeyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SecretBoxException("decryption failed: the data was altered or encrypted with another key", e);
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("AES-GCM failed: " + e.getMessage(), e);
        }
    }
}

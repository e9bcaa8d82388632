package io.openecma.schemas.crypto;

import io.openecma.schemas.events.EncryptedEnvelope;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Envelopes sealed with a public key, so the service that seals a password (the ingress) cannot
 * open what it sealed, and only the holder of the private key (the password-worker) can. Hybrid
 * encryption: a fresh AES-256 key per envelope encrypts the payload with AES-GCM (the key id bound
 * as associated data), and that key is wrapped with RSA-OAEP (SHA-256, MGF1 with SHA-256). In the
 * {@link EncryptedEnvelope}, {@code ciphertext} is the wrapped key followed by the AES-GCM output.
 */
public final class SealedBox {

    public static final String ALGORITHM = "RSA-OAEP-256+AES-256-GCM";
    private static final String RSA = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);
    private static final int KEY_BITS = 3072;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keyId;
    private final PublicKey publicKey;
    private final PrivateKey privateKey;

    private SealedBox(String keyId, PublicKey publicKey, PrivateKey privateKey) {
        Objects.requireNonNull(keyId, "keyId");
        if (keyId.isEmpty() || keyId.contains(":")) {
            throw new IllegalArgumentException("a key id is non-empty and has no ':'");
        }
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** A box that only seals, from the base64 of an X.509 SubjectPublicKeyInfo (DER) RSA key. */
    public static SealedBox forSealing(String keyId, String publicKeyBase64) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(publicKeyBase64)));
            return new SealedBox(keyId, key, null);
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("not an RSA public key (base64 of X.509 DER expected): " + e.getMessage(), e);
        }
    }

    /** A box that only opens, from the base64 of a PKCS#8 (DER) RSA private key. */
    public static SealedBox forOpening(String keyId, String privateKeyBase64) {
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(privateKeyBase64)));
            return new SealedBox(keyId, null, key);
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("not an RSA private key (base64 of PKCS#8 DER expected): " + e.getMessage(), e);
        }
    }

    /** A new key pair: {@code [public, private]}, each base64 of its DER encoding. */
    public static String[] newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder b64 = Base64.getEncoder();
            return new String[] {b64.encodeToString(pair.getPublic().getEncoded()),
                    b64.encodeToString(pair.getPrivate().getEncoded())};
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("cannot make an RSA key pair: " + e.getMessage(), e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public EncryptedEnvelope seal(byte[] plaintext) {
        if (publicKey == null) {
            throw new SecretBoxException("this box holds no public key: it only opens");
        }
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            SecretKey contentKey = generator.generateKey();
            Cipher wrap = Cipher.getInstance(RSA);
            wrap.init(Cipher.ENCRYPT_MODE, publicKey, OAEP, RANDOM);
            byte[] wrapped = wrap.doFinal(contentKey.getEncoded());
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            byte[] sealed = aes(Cipher.ENCRYPT_MODE, contentKey, iv, plaintext);
            byte[] joined = ByteBuffer.allocate(wrapped.length + sealed.length).put(wrapped).put(sealed).array();
            Base64.Encoder b64 = Base64.getEncoder();
            return new EncryptedEnvelope(keyId, ALGORITHM, b64.encodeToString(iv), b64.encodeToString(joined));
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("sealing failed: " + e.getMessage(), e);
        }
    }

    public byte[] open(EncryptedEnvelope envelope) {
        if (privateKey == null) {
            throw new SecretBoxException("this box holds no private key: it only seals");
        }
        if (!ALGORITHM.equals(envelope.algorithm())) {
            throw new SecretBoxException("unsupported algorithm " + envelope.algorithm() + "; expected " + ALGORITHM);
        }
        if (!keyId.equals(envelope.keyId())) {
            throw new SecretBoxException("sealed for key id '" + envelope.keyId() + "' but this service has key id '"
                    + keyId + "'");
        }
        byte[] iv = decode(envelope.iv());
        byte[] joined = decode(envelope.ciphertext());
        int wrappedLength = (((RSAKey) privateKey).getModulus().bitLength() + 7) / 8;
        if (iv.length != IV_BYTES || joined.length < wrappedLength + TAG_BITS / 8) {
            throw new SecretBoxException("malformed envelope: wrong IV or ciphertext length");
        }
        try {
            Cipher unwrap = Cipher.getInstance(RSA);
            unwrap.init(Cipher.DECRYPT_MODE, privateKey, OAEP);
            byte[] contentKey = unwrap.doFinal(Arrays.copyOfRange(joined, 0, wrappedLength));
            return aes(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"), iv,
                    Arrays.copyOfRange(joined, wrappedLength, joined.length));
        } catch (AEADBadTagException e) {
            throw new SecretBoxException("decryption failed: the data was altered", e);
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("decryption failed: sealed with another key, or altered", e);
        }
    }

    private byte[] aes(int mode, SecretKey key, byte[] iv, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(input);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new SecretBoxException("not base64", e);
        }
    }
}

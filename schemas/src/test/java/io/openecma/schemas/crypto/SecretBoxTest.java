package io.openecma.schemas.crypto;

import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.PasswordPayload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretBoxTest {

    private static final byte[] KEY = Base64.getDecoder().decode(SecretBox.newKey());
    private final SecretBox box = new SecretBox("k1", KEY);

    @Test
    void valuesRoundTripAndEachEncryptionDiffers() {
        String stored = box.encryptValue("s3cr3t-pässword");

        assertTrue(stored.startsWith("enc:k1:"), stored);
        assertTrue(SecretBox.isEncryptedValue(stored));
        assertEquals("s3cr3t-pässword", box.decryptValue(stored));
        assertNotEquals(stored, box.encryptValue("s3cr3t-pässword"));
    }

    @Test
    void envelopesRoundTrip() {
        EncryptedEnvelope envelope = box.seal("hello".getBytes(StandardCharsets.UTF_8));

        assertEquals("k1", envelope.keyId());
        assertEquals("AES-256-GCM", envelope.algorithm());
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), box.open(envelope));
    }

    @Test
    void passwordPayloadsTravelSealed() {
        EncryptedEnvelope envelope = new PasswordPayload("N3w-Passw0rd", "0ld-Passw0rd").seal(box);

        assertFalse(new String(Base64.getDecoder().decode(envelope.ciphertext()), StandardCharsets.UTF_8).contains("N3w"));
        assertEquals(new PasswordPayload("N3w-Passw0rd", "0ld-Passw0rd"), PasswordPayload.open(box, envelope));
        assertFalse(new PasswordPayload("N3w-Passw0rd", null).toString().contains("N3w"));
    }

    @Test
    void aTamperedCiphertextIsDetected() {
        String stored = box.encryptValue("value");
        byte[] raw = Base64.getDecoder().decode(stored.substring("enc:k1:".length()));
        raw[raw.length - 1] ^= 1;
        String tampered = "enc:k1:" + Base64.getEncoder().encodeToString(raw);

        SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.decryptValue(tampered));
        assertTrue(e.getMessage().contains("altered"), e.getMessage());

        EncryptedEnvelope envelope = box.seal(new byte[] {1, 2, 3});
        byte[] iv = Base64.getDecoder().decode(envelope.iv());
        iv[0] ^= 1;
        EncryptedEnvelope otherIv = new EncryptedEnvelope("k1", envelope.algorithm(),
                Base64.getEncoder().encodeToString(iv), envelope.ciphertext());
        assertThrows(SecretBoxException.class, () -> box.open(otherIv));
    }

    @Test
    void aValueForAnotherKeyIdIsRefusedWithBothIdsNamed() {
        SecretBox other = new SecretBox("k2", Base64.getDecoder().decode(SecretBox.newKey()));

        SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.decryptValue(other.encryptValue("v")));
        assertTrue(e.getMessage().contains("'k2'") && e.getMessage().contains("'k1'"), e.getMessage());
        assertThrows(SecretBoxException.class, () -> box.open(other.seal(new byte[] {1})));
    }

    @Test
    void relabellingAValueWithAnotherKeyIdFailsBecauseTheIdIsAuthenticated() {
        SecretBox sameKeyOtherId = new SecretBox("k2", KEY);
        String stored = box.encryptValue("v");

        assertThrows(SecretBoxException.class, () -> sameKeyOtherId.decryptValue("enc:k2:" + stored.substring("enc:k1:".length())));
    }

    @Test
    void theSameIdWithADifferentKeyFails() {
        SecretBox impostor = new SecretBox("k1", Base64.getDecoder().decode(SecretBox.newKey()));

        assertThrows(SecretBoxException.class, () -> impostor.decryptValue(box.encryptValue("v")));
    }

    @Test
    void malformedInputIsReportedNotCrashed() {
        assertThrows(SecretBoxException.class, () -> box.decryptValue("plain"));
        assertThrows(SecretBoxException.class, () -> box.decryptValue("enc:k1:AAAA"));
        assertThrows(SecretBoxException.class,
                () -> box.open(new EncryptedEnvelope("k1", "AES-256-GCM", "!!", "AAAA")));
        assertThrows(SecretBoxException.class,
                () -> box.open(new EncryptedEnvelope("k1", "ROT13", "AAAA", "AAAA")));
    }

    @Test
    void theKeyComesFromTheEnvironment() {
        String key = SecretBox.newKey();
        SecretBox fromEnv = SecretBox.fromEnvironment(Map.of("OPENECMA_SECRET_KEY", key, "OPENECMA_SECRET_KEY_ID", "prod-2026"));
        SecretBox same = new SecretBox("prod-2026", Base64.getDecoder().decode(key));

        assertEquals("prod-2026", fromEnv.keyId());
        assertEquals("v", same.decryptValue(fromEnv.encryptValue("v")));
        assertEquals("default", SecretBox.fromEnvironment(Map.of("OPENECMA_SECRET_KEY", key)).keyId());
        assertThrows(SecretBoxException.class, () -> SecretBox.fromEnvironment(Map.of()));
        assertThrows(SecretBoxException.class, () -> SecretBox.fromEnvironment(Map.of("OPENECMA_SECRET_KEY", "AAAA")));
        assertThrows(SecretBoxException.class, () -> SecretBox.fromEnvironment(Map.of("OPENECMA_SECRET_KEY", "not base64!")));
    }
}

package io.openecma.schemas.crypto;

import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.PasswordPayload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealedBoxTest {

    private static final String[] PAIR = SealedBox.newKeyPair();
    private final SealedBox sealer = SealedBox.forSealing("p1", PAIR[0]);
    private final SealedBox opener = SealedBox.forOpening("p1", PAIR[1]);

    @Test
    void whatThePublicKeySealsOnlyThePrivateKeyOpens() {
        EncryptedEnvelope envelope = sealer.seal("hello".getBytes(StandardCharsets.UTF_8));

        assertEquals("p1", envelope.keyId());
        assertEquals(SealedBox.ALGORITHM, envelope.algorithm());
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), opener.open(envelope));
        assertThrows(SecretBoxException.class, () -> sealer.open(envelope), "the sealing side cannot open");
        assertThrows(SecretBoxException.class, () -> opener.seal(new byte[1]), "the opening side does not seal");
    }

    @Test
    void eachEnvelopeHasItsOwnContentKey() {
        EncryptedEnvelope first = sealer.seal("same".getBytes(StandardCharsets.UTF_8));
        EncryptedEnvelope second = sealer.seal("same".getBytes(StandardCharsets.UTF_8));

        assertNotEquals(first.ciphertext(), second.ciphertext());
        assertNotEquals(first.iv(), second.iv());
    }

    @Test
    void anotherKeyPairAnAlteredEnvelopeOrAnotherKeyIdIsRefused() {
        EncryptedEnvelope envelope = sealer.seal("secret".getBytes(StandardCharsets.UTF_8));
        SealedBox stranger = SealedBox.forOpening("p1", SealedBox.newKeyPair()[1]);
        assertThrows(SecretBoxException.class, () -> stranger.open(envelope));

        byte[] bytes = Base64.getDecoder().decode(envelope.ciphertext());
        bytes[bytes.length - 1] ^= 1;
        EncryptedEnvelope altered = new EncryptedEnvelope("p1", envelope.algorithm(), envelope.iv(),
                Base64.getEncoder().encodeToString(bytes));
        assertThrows(SecretBoxException.class, () -> opener.open(altered));

        // the key id is bound as associated data: relabelling it breaks the envelope even for a box with that id
        EncryptedEnvelope relabelled = new EncryptedEnvelope("p2", envelope.algorithm(), envelope.iv(), envelope.ciphertext());
        assertThrows(SecretBoxException.class, () -> SealedBox.forOpening("p2", PAIR[1]).open(relabelled));
        assertThrows(SecretBoxException.class, () -> opener.open(relabelled), "another key id is named");
    }

    @Test
    void anAesEnvelopeIsNotTakenForASealedOne() {
        EncryptedEnvelope aes = new SecretBox("p1", Base64.getDecoder().decode(SecretBox.newKey()))
                .seal("x".getBytes(StandardCharsets.UTF_8));
        SecretBoxException refused = assertThrows(SecretBoxException.class, () -> opener.open(aes));
        assertTrue(refused.getMessage().contains("AES-256-GCM"), refused.getMessage());
    }

    @Test
    void passwordsRoundTripAndKeysThatAreNotKeysAreRefusedClearly() {
        EncryptedEnvelope envelope = new PasswordPayload("n3w", "0ld").seal(sealer);
        assertEquals("n3w", io.openecma.schemas.events.Json.read(opener.open(envelope), PasswordPayload.class).newPassword());

        SecretBoxException notAKey = assertThrows(SecretBoxException.class, () -> SealedBox.forSealing("p1", "bm90IGEga2V5"));
        assertTrue(notAKey.getMessage().contains("RSA public key"), notAKey.getMessage());
        assertThrows(SecretBoxException.class, () -> SealedBox.forOpening("p1", PAIR[0]), "a public key is not a private key");
    }
}

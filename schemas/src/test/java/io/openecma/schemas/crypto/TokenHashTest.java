package io.openecma.schemas.crypto;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenHashTest {

    @Test
    void theRightTokenVerifiesAndAnyOtherDoesNot() {
        String stored = TokenHash.hash("correct-horse-battery");

        assertTrue(stored.startsWith("pbkdf2-sha256$210000$"), stored);
        assertTrue(TokenHash.isWellFormed(stored));
        assertTrue(TokenHash.verify("correct-horse-battery", stored));
        assertFalse(TokenHash.verify("correct-horse-batterY", stored));
        assertFalse(TokenHash.verify("", stored));
        assertFalse(TokenHash.verify(null, stored));
    }

    @Test
    void hashesAreSaltedSoTheSameTokenHashesDifferently() {
        assertNotEquals(TokenHash.hash("same-token-twice"), TokenHash.hash("same-token-twice"));
    }

    @Test
    void theCommittedDemoHashMatchesTheDemoToken() {
        String committed = "pbkdf2-sha256$210000$elXsYmKhkSG60WHof4K4qA==$CC+QPZmoTehPL00pWi/2d7V8kKKV2MCJYER+ccMvktQ=";

        assertTrue(TokenHash.verify("openecma-demo-token-change-me", committed));
    }

    @Test
    void theIterationCountIsTakenFromTheStoredValue() {
        String lowCost = "pbkdf2-sha256$1000$" + TokenHash.hash("x").split("\\$")[2] + "$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

        assertTrue(TokenHash.isWellFormed(lowCost));
        assertFalse(TokenHash.verify("x", lowCost));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        for (String bad : new String[] {null, "", "plain-token", "pbkdf2-sha256$abc$AAAA$AAAA",
                "sha1$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "pbkdf2-sha256$1000$!!!$AAAA", "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"}) {
            assertFalse(TokenHash.isWellFormed(bad), bad);
            assertFalse(TokenHash.verify("token", bad), bad);
        }
    }
}

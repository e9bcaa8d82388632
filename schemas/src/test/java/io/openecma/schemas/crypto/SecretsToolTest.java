package io.openecma.schemas.crypto;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return SecretsTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void hashTokenPrintsAHashThatVerifies() throws Exception {
        assertEquals(0, run("hash-token", "a-long-enough-token"));

        assertTrue(TokenHash.verify("a-long-enough-token", out.toString(StandardCharsets.UTF_8).trim()));
    }

    @Test
    void shortTokensAreRefused() throws Exception {
        assertEquals(2, run("hash-token", "short"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("12 characters"));
    }

    @Test
    void newKeyPrintsA32ByteKey() throws Exception {
        assertEquals(0, run("new-key"));
        assertEquals(32, Base64.getDecoder().decode(out.toString(StandardCharsets.UTF_8).trim()).length);
    }

    @Test
    void wrongUsagePrintsTheCommands() throws Exception {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("hash-token"));
    }
}

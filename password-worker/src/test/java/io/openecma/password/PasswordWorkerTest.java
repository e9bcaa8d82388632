package io.openecma.password;

import io.openecma.schemas.crypto.SealedBox;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.PasswordErrorKind;
import io.openecma.schemas.events.PasswordPayload;
import io.openecma.schemas.events.PasswordRequest;
import io.openecma.schemas.events.PasswordResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The password-worker over real Kafka, the test playing sync-core: SetPassword and ChangePassword
 * reach the target, the script's refusals come back as error kinds with its message, and after
 * the whole run no log line and no record on any topic holds a clear password.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class PasswordWorkerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String FIRST = "Secret-Pa55word!";
    private static final String SECOND = "Next-Pa55word#2";
    private static final String WRONG_OLD = "Not-The-0ld-One";
    private static final String SHORT = "Sh0rt!";
    private static final String SPACED = "has spaces inside";
    private static final String DOWN = "Unreachable-Pa55";
    private static final List<String> CLEAR = List.of(FIRST, SECOND, WRONG_OLD, SHORT, SPACED, DOWN);

    private static ContractSide kafka;
    private static LogCapture logs;
    private static String connector;

    @ConfigProperty(name = "openecma.password-worker.data-dir")
    Path dataDir;
    @ConfigProperty(name = "openecma.secret.key")
    String key;
    @ConfigProperty(name = "openecma.secret.key-id")
    String keyId;
    @ConfigProperty(name = "openecma.password.public-key")
    String publicKey;
    @ConfigProperty(name = "openecma.password.key-id")
    String passwordKeyId;

    @BeforeAll
    static void start() throws Exception {
        logs = LogCapture.install();
        kafka = new ContractSide();
        connector = "pwprobe-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.serve(ContractSide.definition(Path.of("src/test/resources/connectors/pwprobe"), connector), 1);
    }

    @AfterAll
    static void stop() {
        kafka.close();
        logs.uninstall();
    }

    /** As the ingress seals: with the password-worker's public key. */
    private SealedBox box() {
        return SealedBox.forSealing(passwordKeyId, publicKey);
    }

    private PasswordResult request(String anchor, PasswordOperationType operation, EncryptedEnvelope envelope) {
        UUID correlation = UUID.randomUUID();
        kafka.send(Topics.passwords(connector), anchor, new PasswordRequest(Message.CURRENT_VERSION, UUID.randomUUID(),
                correlation, connector, anchor, "CN=" + anchor, operation, envelope, Set.of()));
        PasswordResult result = kafka.awaitResult(correlation, WAIT);
        assertEquals(connector, result.connector());
        assertEquals(anchor, result.anchor());
        return result;
    }

    private PasswordResult set(String anchor, String password) {
        return request(anchor, PasswordOperationType.SetPassword, new PasswordPayload(password, null).seal(box()));
    }

    private String stored(String anchor) throws Exception {
        String text = Files.readString(dataDir.resolve(connector).resolve("MAData").resolve(anchor + ".pwd"),
                StandardCharsets.UTF_8).replace("\uFEFF", "").trim();
        return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
    }

    @Test
    void setAndChangePasswordReachTheTargetAndRefusalsComeBackWithTheirKind() throws Exception {
        PasswordResult set = set("u1", FIRST);
        assertTrue(set.success(), String.valueOf(set));
        assertNull(set.errorKind());
        assertEquals(FIRST, stored("u1"));

        PasswordResult changed = request("u1", PasswordOperationType.ChangePassword,
                new PasswordPayload(SECOND, FIRST).seal(box()));
        assertTrue(changed.success(), String.valueOf(changed));
        assertEquals(SECOND, stored("u1"));

        PasswordResult wrongOld = request("u1", PasswordOperationType.ChangePassword,
                new PasswordPayload(FIRST, WRONG_OLD).seal(box()));
        assertFalse(wrongOld.success());
        assertEquals(PasswordErrorKind.EXTENSION, wrongOld.errorKind());
        assertTrue(wrongOld.message().contains("The old password does not match."), wrongOld.message());
        assertEquals(SECOND, stored("u1"));

        PasswordResult tooShort = set("u2", SHORT);
        assertEquals(PasswordErrorKind.POLICY_VIOLATION, tooShort.errorKind());
        assertTrue(tooShort.message().contains("at least 8 characters"), tooShort.message());

        PasswordResult spaced = set("u3", SPACED);
        assertEquals(PasswordErrorKind.ILL_FORMED, spaced.errorKind());
        assertTrue(spaced.message().contains("Spaces are not allowed: '********'"), spaced.message());

        PasswordResult down = set("down", DOWN);
        assertEquals(PasswordErrorKind.TRANSIENT, down.errorKind());
        assertTrue(down.message().contains("the password store is down"), down.message());

        SealedBox otherKey = SealedBox.forSealing(passwordKeyId, SealedBox.newKeyPair()[0]);
        PasswordResult undecryptable = request("u4", PasswordOperationType.SetPassword,
                new PasswordPayload(FIRST, null).seal(otherKey));
        assertFalse(undecryptable.success());
        assertTrue(undecryptable.message().contains("could not be decrypted"), undecryptable.message());

        String pwsh = connector + "-pwsh";
        System.setProperty("openecma.pwsh", "/nonexistent/pwsh"); // the definition's runtime, with no executable
        kafka.serve(ContractSide.definition(Path.of("src/test/resources/connectors/pwprobe"), pwsh,
                io.openecma.schemas.definition.ScriptRuntime.PWSH), 1);
        UUID correlation = UUID.randomUUID();
        kafka.send(Topics.passwords(pwsh), "u5", new PasswordRequest(Message.CURRENT_VERSION, UUID.randomUUID(),
                correlation, pwsh, "u5", "CN=u5", PasswordOperationType.SetPassword,
                new PasswordPayload(FIRST, null).seal(box()), Set.of()));
        PasswordResult noRuntime;
        try {
            noRuntime = kafka.awaitResult(correlation, WAIT);
        } finally {
            System.clearProperty("openecma.pwsh");
        }
        assertEquals(PasswordErrorKind.EXTENSION, noRuntime.errorKind());
        assertTrue(noRuntime.message().contains("Cannot start the pwsh runtime's host process with /nonexistent/pwsh"),
                noRuntime.message());

        given().get("/q/health/ready").then().statusCode(200);
        assertNoClearPassword();
    }

    /** The careless script's verbose line was logged, scrubbed; no line and no record anywhere holds a password. */
    private void assertNoClearPassword() {
        List<String> lines = logs.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("SetPassword for u1 to '********'")),
                "the script's verbose stream is captured (scrubbed)");
        for (String line : lines) {
            for (String password : CLEAR) {
                assertFalse(line.contains(password), "log line holds a clear password: " + line);
            }
        }
        List<String> topics = kafka.topics();
        assertTrue(topics.contains(Topics.passwords(connector)) && topics.contains(Topics.RESULTS));
        int records = 0;
        for (ConsumerRecord<String, byte[]> record : kafka.readAll(topics)) {
            records++;
            String text = (record.key() == null ? "" : record.key()) + " "
                    + (record.value() == null ? "" : new String(record.value(), StandardCharsets.ISO_8859_1));
            for (String password : CLEAR) {
                assertFalse(text.contains(password), "record on " + record.topic() + " holds a clear password");
            }
        }
        assertTrue(records > 0);
    }

    @Test
    void anEnvelopeSealedWithTheSharedAesKeyBeforeTheUpgradeIsStillOpened() throws Exception {
        SecretBox legacy = new SecretBox(keyId, Base64.getDecoder().decode(key));
        PasswordResult set = request("legacy", PasswordOperationType.SetPassword,
                new PasswordPayload(FIRST, null).seal(legacy));
        assertTrue(set.success(), String.valueOf(set));
        assertEquals(FIRST, stored("legacy"));
    }
}

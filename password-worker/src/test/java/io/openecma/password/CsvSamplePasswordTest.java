package io.openecma.password;

import io.openecma.schemas.crypto.SealedBox;
import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.PasswordErrorKind;
import io.openecma.schemas.events.PasswordPayload;
import io.openecma.schemas.events.PasswordRequest;
import io.openecma.schemas.events.PasswordResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample CSV connector's Password script through the password-worker: its refusals, and the salted hash it writes into the CSV file. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class CsvSamplePasswordTest {

    private static final Path SAMPLE = Path.of("../examples/connectors/csv");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static ContractSide kafka;

    @ConfigProperty(name = "openecma.password-worker.data-dir")
    Path dataDir;
    @ConfigProperty(name = "openecma.password.public-key")
    String publicKey;
    @ConfigProperty(name = "openecma.password.key-id")
    String keyId;

    @BeforeAll
    static void contract() {
        kafka = new ContractSide();
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private PasswordResult request(String connector, String anchor, PasswordOperationType operation, EncryptedEnvelope envelope) {
        UUID correlation = UUID.randomUUID();
        kafka.send(Topics.passwords(connector), anchor, new PasswordRequest(Message.CURRENT_VERSION, UUID.randomUUID(),
                correlation, connector, anchor, "CN=" + anchor, operation, envelope, Set.of()));
        return kafka.awaitResult(correlation, WAIT);
    }

    /** A fresh copy of the sample under a new name, its MAData holding the sample users; returns the CSV file. */
    private Path serveCsv(String connector) throws Exception {
        Path csv = dataDir.resolve(connector).resolve("MAData").resolve("users.csv");
        Files.createDirectories(csv.getParent());
        Files.copy(SAMPLE.resolve("data/users.csv"), csv);
        kafka.serve(ContractSide.definition(SAMPLE, connector), 1);
        return csv;
    }

    private SealedBox box() {
        return SealedBox.forSealing(keyId, publicKey);
    }

    @Test
    void aShortPasswordIsAPolicyViolationWithTheScriptsMessage() throws Exception {
        String connector = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        Path csv = serveCsv(connector);
        String before = Files.readString(csv, StandardCharsets.UTF_8);

        PasswordResult tooShort = request(connector, "1002", PasswordOperationType.SetPassword,
                new PasswordPayload("short", null).seal(box()));
        assertFalse(tooShort.success());
        assertEquals(PasswordErrorKind.POLICY_VIOLATION, tooShort.errorKind());
        assertTrue(tooShort.message().contains("The password must have at least 8 characters."), tooShort.message());
        assertEquals(before, Files.readString(csv, StandardCharsets.UTF_8));
    }

    @Test
    void setAndChangePasswordWriteTheHash() throws Exception {
        String connector = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        Path csv = serveCsv(connector);
        SealedBox box = box();

        PasswordResult set = request(connector, "1001", PasswordOperationType.SetPassword,
                new PasswordPayload("Analytical-Engine-1843", null).seal(box));
        assertTrue(set.success(), String.valueOf(set));
        String afterSet = hashOf(csv, "1001");
        assertFalse(afterSet.isEmpty());

        PasswordResult changed = request(connector, "1001", PasswordOperationType.ChangePassword,
                new PasswordPayload("Difference-Engine-1822", "Analytical-Engine-1843").seal(box));
        assertTrue(changed.success(), String.valueOf(changed));
        assertFalse(hashOf(csv, "1001").equals(afterSet));
        assertFalse(Files.readString(csv, StandardCharsets.UTF_8).contains("Analytical-Engine-1843"));
    }

    /** The passwordHash column (the last) of the user's row. */
    private static String hashOf(Path csv, String employeeId) throws Exception {
        String row = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .filter(l -> l.replace("\uFEFF", "").startsWith("\"" + employeeId + "\"")).findFirst().orElseThrow();
        String[] cells = row.split("\",\"");
        return cells[cells.length - 1].replace("\"", "");
    }
}

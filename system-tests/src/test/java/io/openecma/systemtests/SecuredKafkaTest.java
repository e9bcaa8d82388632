package io.openecma.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;

import io.openecma.testsupport.local.LocalStack;
import io.openecma.testsupport.local.LocalStackOptions;
import io.openecma.testsupport.local.ServiceSpec;

/**
 * The system against a broker that takes only SASL_SSL (TLS with a certificate made for the run,
 * SASL/PLAIN), as a production Kafka would: every service gets the security settings only as
 * {@code KAFKA_*} environment variables, so this passes only if every Kafka client each service
 * builds (SmallRye channels, the outbox producer, admin, followers, worker lanes, the
 * password-worker) is built from the whole {@code kafka.*} configuration.
 */
class SecuredKafkaTest {

    private static final String EXT = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User";

    @TempDir
    static Path work;

    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void startOnSecuredKafka() throws Exception {
        Path root = Path.of(System.getProperty("openecma.project.root", "..")).toAbsolutePath().normalize();
        Path connectors = work.resolve("connectors");
        TestFolders.copy(root.resolve("examples/connectors/csv"), connectors.resolve("csv"));
        LocalStackOptions options = LocalStackOptions.defaults(root)
                .withDataDir(work.resolve("data"))
                .withConnectorsDir(connectors)
                .withPorts(0, 0)
                .withKafkaSaslSsl()
                .withServices(List.of(
                        ServiceSpec.quarkus(root, "sync-core", 0, Map.of()),
                        ServiceSpec.quarkus(root, "scim-ingress", 0, Map.of("OPENECMA_HTTP_ENABLED", "true")),
                        ServiceSpec.quarkus(root, "script-worker", 0, Map.of()),
                        ServiceSpec.quarkus(root, "password-worker", 0, Map.of())))
                .withReadyTimeout(Duration.ofSeconds(120));
        stack = LocalStack.start(options);
        client = new StackClient(stack, stack::tokenOf, Duration.ofSeconds(90));
        client.awaitFirstImports("csv");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void theBrokerRefusesPlainTextAndAWrongPassword() {
        Map<String, Object> plain = new HashMap<>();
        plain.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        assertRefused(plain);

        Map<String, Object> wrongPassword = new HashMap<>(stack.kafkaClientSettings());
        wrongPassword.put("sasl.jaas.config", wrongPassword.get("sasl.jaas.config").toString()
                .replaceFirst("password=\"", "password=\"wrong-"));
        assertRefused(wrongPassword);
    }

    @Test
    void aScimCreateWithAPasswordTravelsEveryTopicOverSaslSsl() throws Exception {
        HttpResponse<String> created = client.scim("csv", "POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "userName":"mae@example.com","active":true,"password":"Secure-Enough-42",
                 "%s":{"EmployeeId":"E7001","userName":"mae@example.com","firstName":"Mae",
                       "lastName":"Jemison","department":"Space"}}
                """.formatted(EXT, EXT));
        // 201 means: ingress → sync-core → script-worker → sync-core → ingress, every hop over SASL_SSL
        assertEquals(201, created.statusCode(), created.body());
        Path csv = work.resolve("data/connector-data/csv/MAData/users.csv");
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("\"E7001\""), "the Export script wrote the row");

        // the password reaches the password-worker over the secured broker too: its script stores the hash
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (passwordHash(csv, "E7001").isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertTrue(!passwordHash(csv, "E7001").isEmpty(), "the Password script set a hash: " + Files.readString(csv));
    }

    /** The passwordHash column of the user's last row (exports append; the last row is the user). */
    private static String passwordHash(Path csv, String employeeId) throws java.io.IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0).replace("\uFEFF", ""));
        int column = header.indexOf("passwordHash");
        assertTrue(column >= 0, "the store has a passwordHash column: " + header);
        return lines.stream().skip(1).map(SecuredKafkaTest::fields)
                .filter(row -> row.size() > column && row.get(0).equals(employeeId))
                .reduce((earlier, later) -> later).map(row -> row.get(column)).orElse("");
    }

    /** The sample writes every field in double quotes, without quotes inside. */
    private static List<String> fields(String line) {
        String inner = line.strip();
        inner = inner.startsWith("\"") ? inner.substring(1, inner.length() - 1) : inner;
        return List.of(inner.split("\",\"", -1));
    }

    private static void assertRefused(Map<String, Object> settings) {
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000);
        try (Admin admin = Admin.create(settings)) {
            assertThrows(ExecutionException.class,
                    () -> admin.listTopics().names().get(20, TimeUnit.SECONDS), "the broker answered " + settings);
        }
    }
}

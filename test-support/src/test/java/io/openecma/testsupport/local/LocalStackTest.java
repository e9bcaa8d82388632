package io.openecma.testsupport.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.FreePorts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher against real Kafka and PostgreSQL, with small fake service processes. */
class LocalStackTest {

    @TempDir
    Path root;

    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    @Test
    void startsInfrastructureAndServicesThenStopsServicesFirstAndKeepsData() throws Exception {
        LocalStackOptions options = options(List.of(fake("svc-a", Map.of("OPENECMA_HTTP_ENABLED", "true")),
                fake("svc-b", Map.of())));
        int ingressLikePort;
        try (LocalStack stack = LocalStack.start(options)) {
            ingressLikePort = stack.servicePorts().get("svc-a");
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
                Set<String> topics = admin.listTopics().names().get();
                Topics.shared().forEach(spec -> assertTrue(topics.contains(spec.name()), spec.name()));
                admin.createTopics(List.of(new NewTopic("kept-topic", 1, (short) 1))).all().get();
            }
            try (Connection connection = stack.postgres().dataSource().getConnection();
                 Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE kept (id int PRIMARY KEY)");
                sql.execute("INSERT INTO kept VALUES (42)");
            }
            assertTrue(output.contains("[svc-a] KAFKA_BOOTSTRAP_SERVERS=" + stack.kafkaBootstrapServers()), output::toString);
            assertTrue(output.contains("[svc-a] DB_URL=" + stack.postgres().jdbcUrl()), output::toString);
            assertTrue(output.contains("[svc-a] OPENECMA_HTTP_ENABLED=true"), output::toString);
            assertTrue(output.contains("[svc-b] OPENECMA_HTTP_ENABLED=null"), output::toString);
            assertTrue(output.contains("[svc-a] OPENECMA_ADMIN_TOKEN=" + stack.secrets().adminToken()), output::toString);
            assertEquals(32, Base64.getDecoder().decode(stack.secrets().secretKey()).length);
        }
        assertTrue(output.contains("[svc-a] stopping on request"), "services get SIGTERM: " + output);
        assertFalse(FreePorts.inUse(ingressLikePort), "service stopped");

        String secretKey = Files.readString(root.resolve(".openecma-local/secret-key")).trim();
        try (LocalStack again = LocalStack.start(options(List.of()))) {
            assertEquals(secretKey, again.secrets().secretKey(), "secrets persist");
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", again.kafkaBootstrapServers()))) {
                assertTrue(admin.listTopics().names().get().contains("kept-topic"), "Kafka data persists across restarts");
            }
            try (Connection connection = again.postgres().dataSource().getConnection();
                 Statement sql = connection.createStatement();
                 ResultSet rs = sql.executeQuery("SELECT id FROM kept")) {
                assertTrue(rs.next(), "PostgreSQL data persists across restarts");
                assertEquals(42, rs.getInt(1));
            }
        }
    }

    @Test
    void aServiceThatDiesAtStartIsReportedWithItsLastLinesAndEverythingStops() {
        LocalStackOptions options = options(List.of(fake("healthy", Map.of()), fake("broken", Map.of(), "die")));
        LocalStackException failure = assertThrows(LocalStackException.class, () -> LocalStack.start(options));
        assertTrue(failure.getMessage().contains("broken exited with code 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("cannot reach the database: connection refused"), failure.getMessage());
        assertFalse(FreePorts.inUse(options.postgresPort()), "PostgreSQL stopped");
        assertFalse(FreePorts.inUse(options.kafkaPort()), "Kafka stopped");
        assertTrue(output.contains("[healthy] stopping on request"), "the healthy service was stopped: " + output);
    }

    @Test
    void aServiceWhoseJarIsMissingIsReportedBeforeAnythingRuns() {
        LocalStackOptions options = options(List.of(ServiceSpec.quarkus(root, "scim-ingress", 0, Map.of())));
        LocalStackException failure = assertThrows(LocalStackException.class, () -> LocalStack.start(options));
        assertTrue(failure.getMessage().contains("scim-ingress"), failure.getMessage());
        assertTrue(failure.getMessage().contains("quarkus-run.jar does not exist"), failure.getMessage());
        assertTrue(output.isEmpty(), "nothing was started: " + output);
    }

    @Test
    void processesLeftByARunThatWasKilledHardAreStoppedBeforeStarting() throws Exception {
        LocalStackOptions options = options(List.of());
        Path dataDir = options.dataDir();
        // What a killed launcher leaves: PostgreSQL on its data folder and a service process.
        Process killedLauncher = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                OrphanPostgres.class.getName(), String.valueOf(options.postgresPort()), dataDir.toString())
                .redirectErrorStream(true).start();
        String launcherOutput = new String(killedLauncher.getInputStream().readAllBytes());
        assertEquals(0, killedLauncher.waitFor(), launcherOutput);
        assertTrue(FreePorts.inUse(options.postgresPort()), "PostgreSQL outlived its launcher: " + launcherOutput);
        ProcessBuilder orphan = new ProcessBuilder(fake("svc-a", Map.of()).command());
        orphan.environment().put("QUARKUS_HTTP_PORT", String.valueOf(FreePorts.pick()));
        Process orphanService = orphan.start();
        new LeftoverProcesses(dataDir, output::add).record("svc-a", orphanService.toHandle());

        try (LocalStack stack = LocalStack.start(options)) {
            assertFalse(orphanService.isAlive(), "the orphaned service was stopped");
            assertTrue(output.stream().anyMatch(line -> line.contains("stopping PostgreSQL left running")), output::toString);
            try (Connection connection = stack.postgres().dataSource().getConnection()) {
                assertTrue(connection.isValid(5), "a fresh PostgreSQL runs on the same data");
            }
        } finally {
            orphanService.destroyForcibly();
        }
    }

    @Test
    void runsTheLegacyHrDemoAppFromSourceAndWaitsForItsHealthEndpoint() throws Exception {
        Path projectRoot = Path.of(System.getProperty("user.dir")).getParent();
        LocalStackOptions options = options(List.of(ServiceSpec.legacyHr(projectRoot, 0)));
        try (LocalStack stack = LocalStack.start(options)) {
            int port = stack.servicePorts().get("legacy-hr");
            java.net.http.HttpResponse<String> users = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/users"))
                            .header("X-Api-Key", "demo-key").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, users.statusCode(), users.body());
            assertTrue(users.body().contains("\"users\""), users.body());
        }
    }

    private LocalStackOptions options(List<ServiceSpec> services) {
        Path connectors = root.resolve("connectors");
        connectors.toFile().mkdirs();
        return LocalStackOptions.defaults(root)
                .withConnectorsDir(connectors)
                .withPorts(FreePorts.pick(), FreePorts.pick())
                .withServices(services)
                .withReadyTimeout(Duration.ofSeconds(60))
                .withOutput(output::add);
    }

    private static ServiceSpec fake(String name, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", testClasses(), FakeService.class.getName()));
        command.addAll(List.of(args));
        return new ServiceSpec(name, command, null, 0, env);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String testClasses() {
        try {
            return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.openecma.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the Dockerfiles, checked without a Docker engine: {@code docker-compose
 * config} validates the file (skipped with a message when the command is not installed), and the
 * file's structure is checked here: every service is built from its module with an existing
 * Dockerfile and its port, start order waits for health, script-worker can be scaled, the
 * workers' images install PowerShell.
 */
class DeploymentFilesTest {

    private static final Set<String> SERVICES = Set.of("scim-ingress", "sync-core", "script-worker", "password-worker");
    /** Placeholders for the secrets the file requires from the environment. */
    private static final Map<String, String> REQUIRED_ENV = Map.of(
            "OPENECMA_SECRET_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "OPENECMA_ADMIN_TOKEN", "validation-only",
            "OPENECMA_DB_PASSWORD", "validation-only",
            "OPENECMA_DB_READER_PASSWORD", "validation-only",
            "OPENECMA_PASSWORD_PUBLIC_KEY", "validation-only",
            "OPENECMA_PASSWORD_PRIVATE_KEY", "validation-only");

    private static Path root;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        Path compose = root.resolve("docker-compose.yml");
        assertTrue(Files.exists(compose), compose + " exists");
        try (Reader reader = Files.newBufferedReader(compose, StandardCharsets.UTF_8)) {
            Map<String, Object> file = new Yaml().load(reader);
            services = new TreeMap<>((Map<String, Map<String, Object>>) file.get("services"));
        }
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Optional<Path> command = onPath("docker-compose");
        Assumptions.assumeTrue(command.isPresent(),
                "docker-compose is not installed (Debian: apt-get install docker-compose); docker-compose.yml not validated");
        ProcessBuilder builder = new ProcessBuilder(command.get().toString(), "-f", "docker-compose.yml", "config", "-q")
                .directory(root.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(REQUIRED_ENV);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "docker-compose config finished");
        assertEquals(0, process.exitValue(), "docker-compose config reports:\n" + output);
    }

    @Test
    void eachServiceGetsOnlyTheSecretsItUses() {
        assertEquals(Set.of("OPENECMA_PASSWORD_PUBLIC_KEY"), secretsOf("scim-ingress"),
                "the ingress seals passwords and holds no other secret");
        assertEquals(Set.of("OPENECMA_ADMIN_TOKEN"), secretsOf("sync-core"));
        assertEquals(Set.of("OPENECMA_SECRET_KEY"), secretsOf("script-worker"));
        assertEquals(Set.of("OPENECMA_SECRET_KEY", "OPENECMA_PASSWORD_PRIVATE_KEY"), secretsOf("password-worker"),
                "only the password-worker can open a password");
    }

    @Test
    void onlySyncCoreWritesToPostgresAndTheIngressReadsAsTheReaderRole() {
        assertEquals("openecma", environment("sync-core").get("DB_USER"));
        assertEquals("${OPENECMA_DB_PASSWORD:?set OPENECMA_DB_PASSWORD (see docs/operations.md)}",
                environment("sync-core").get("DB_PASSWORD"));
        assertTrue(String.valueOf(environment("sync-core").get("OPENECMA_DB_READER_PASSWORD"))
                .startsWith("${OPENECMA_DB_READER_PASSWORD:?"), "sync-core sets up the reader role");
        assertEquals("openecma_reader", environment("scim-ingress").get("DB_USER"));
        assertTrue(String.valueOf(environment("scim-ingress").get("DB_PASSWORD"))
                .startsWith("${OPENECMA_DB_READER_PASSWORD:?"), "the ingress logs in with the reader's password");
        for (String worker : List.of("script-worker", "password-worker")) {
            assertTrue(environment(worker).keySet().stream().noneMatch(k -> String.valueOf(k).startsWith("DB_")),
                    worker + " gets no database settings");
        }
    }

    private static Map<?, ?> environment(String service) {
        return (Map<?, ?>) services.get(service).get("environment");
    }

    private static Set<String> secretsOf(String service) {
        Map<?, ?> environment = (Map<?, ?>) services.get(service).get("environment");
        Set<String> secrets = new java.util.TreeSet<>();
        for (Object name : environment.keySet()) {
            if (Set.of("OPENECMA_SECRET_KEY", "OPENECMA_ADMIN_TOKEN", "OPENECMA_PASSWORD_PUBLIC_KEY",
                    "OPENECMA_PASSWORD_PRIVATE_KEY").contains(String.valueOf(name))) {
                secrets.add(String.valueOf(name));
            }
        }
        return secrets;
    }

    @Test
    void everyServiceIsBuiltFromItsModuleWithAnExistingDockerfileAndItsPort() {
        for (String name : SERVICES) {
            Path contextDir = root.resolve(build(name).get("context")).normalize();
            assertEquals(root.resolve(name), contextDir, name + ": the build context is the module, where target/quarkus-app is");
            assertTrue(Files.isRegularFile(dockerfile(name)), name + ": " + dockerfile(name) + " exists");
            String port = String.valueOf(((Map<?, ?>) services.get(name).get("environment")).get("QUARKUS_HTTP_PORT"));
            assertEquals(Map.of("PORT", port), ((Map<?, ?>) services.get(name).get("build")).get("args"),
                    name + ": the image exposes the port the service listens on");
        }
    }

    @Test
    void everyDockerfileRunsTheQuarkusApplicationLayout() throws IOException {
        for (String name : SERVICES) {
            String dockerfile = Files.readString(dockerfile(name));
            assertTrue(dockerfile.contains("COPY --chown=10001 target/quarkus-app/lib/ lib/"), name);
            assertTrue(dockerfile.contains("/deployments/quarkus-run.jar"), name);
            assertTrue(dockerfile.contains("eclipse-temurin:17-jre"), name + " uses a Java 17 runtime");
            assertTrue(dockerfile.contains("ARG PORT") && dockerfile.contains("EXPOSE ${PORT}"), name);
        }
    }

    @Test
    void theWorkerImagesInstallPowerShellFromMicrosoftsRepository() throws IOException {
        for (String name : List.of("script-worker", "password-worker")) {
            String dockerfile = Files.readString(dockerfile(name));
            assertTrue(dockerfile.contains("packages.microsoft.com/config/debian/12/packages-microsoft-prod.deb"), name);
            assertTrue(dockerfile.contains("apt-get install -y --no-install-recommends powershell"), name);
        }
    }

    /** A service's build section: context, dockerfile (relative to the context, as Compose reads it), args. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> build(String name) {
        Object build = services.get(name).get("build");
        assertTrue(build instanceof Map<?, ?>, name + " has a build section with context and dockerfile");
        Map<String, Object> section = (Map<String, Object>) build;
        return Map.of("context", (String) section.get("context"),
                "dockerfile", (String) section.getOrDefault("dockerfile", "Dockerfile"));
    }

    private static Path dockerfile(String name) {
        return root.resolve(build(name).get("context")).resolve(build(name).get("dockerfile")).normalize();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyContainerHasAHealthCheckAndServicesWaitForHealthyDependencies() {
        services.forEach((name, service) -> {
            Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
            assertNotNull(healthcheck, name + " has a healthcheck");
            assertNotNull(healthcheck.get("test"), name + " healthcheck has a test");
        });
        for (String name : SERVICES) {
            Map<String, Object> service = services.get(name);
            assertTrue(String.valueOf(service.get("healthcheck")).contains("/q/health/ready"), name);
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.get("depends_on");
            assertNotNull(dependsOn, name + " declares its start order");
            assertTrue(dependsOn.containsKey("kafka"), name + " waits for Kafka");
            dependsOn.forEach((dependency, condition) ->
                    assertEquals("service_healthy", condition.get("condition"), name + " -> " + dependency));
        }
    }

    @Test
    void scriptWorkerCanBeScaled() {
        Map<String, Object> worker = services.get("script-worker");
        assertFalse(worker.containsKey("container_name"), "a fixed container name blocks --scale");
        assertFalse(worker.containsKey("ports"), "a fixed host port blocks --scale");
    }

    private static Optional<Path> onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}

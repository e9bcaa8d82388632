package io.openecma.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.openecma.schemas.events.Json;
import io.openecma.testsupport.FreePorts;
import io.openecma.testsupport.local.LocalStack;
import io.openecma.testsupport.local.LocalStackOptions;
import io.openecma.testsupport.local.ServiceSpec;

/**
 * Two script-worker processes serve the REST connector; one is killed (SIGKILL) while the
 * provisioning of a wave of users is under way. Every SCIM request must still be answered with
 * success, as a client that retries a 503 sees it, and the target application must end up with
 * every user exactly as sent, whatever the killed worker had done before it died.
 */
class WorkerCrashTest {

    private static final String EXT = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User";
    private static final int USERS = 30;

    @TempDir
    static Path work;

    private static LocalStack stack;
    private static int legacyHrPort;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startWithTwoWorkers() throws Exception {
        Path root = Path.of(System.getProperty("openecma.project.root", "..")).toAbsolutePath().normalize();
        Path connectors = work.resolve("connectors");
        TestFolders.copy(root.resolve("examples/connectors/rest"), connectors.resolve("rest"));
        legacyHrPort = FreePorts.pick();
        Path definition = connectors.resolve("rest/connector.yaml");
        Files.writeString(definition, Files.readString(definition)
                .replace("http://127.0.0.1:8090", "http://127.0.0.1:" + legacyHrPort));

        // A slow target (100 ms a call) keeps batches in flight long enough to die in the middle, and
        // the wave under way for seconds, so the test catches it midway even on a busy machine.
        ServiceSpec hr = ServiceSpec.legacyHr(root, legacyHrPort);
        ServiceSpec slowHr = new ServiceSpec(hr.name(), hr.command(), hr.artifact(), hr.port(),
                Map.of("LEGACY_HR_LATENCY_MS", "100"), hr.readyPath());
        ServiceSpec worker = ServiceSpec.quarkus(root, "script-worker", 0, Map.of());
        LocalStackOptions options = LocalStackOptions.defaults(root)
                .withDataDir(work.resolve("data"))
                .withConnectorsDir(connectors)
                .withPorts(0, 0)
                .withServices(List.of(slowHr,
                        ServiceSpec.quarkus(root, "sync-core", 0, Map.of()),
                        ServiceSpec.quarkus(root, "scim-ingress", 0, Map.of("OPENECMA_HTTP_ENABLED", "true")),
                        renamed(worker, "script-worker-1"),
                        renamed(worker, "script-worker-2")))
                .withReadyTimeout(Duration.ofSeconds(120));
        stack = LocalStack.start(options);
    }

    private static ServiceSpec renamed(ServiceSpec spec, String name) {
        return new ServiceSpec(name, spec.command(), spec.artifact(), spec.port(), spec.env(), spec.readyPath());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void killingAWorkerMidBatchLosesNothingAndLeavesTheTargetAsIfItRanOnce() throws Exception {
        // The connector is ready once the first full import has brought the demo app's users.
        assertEquals(200, retryingUnavailable(get("/Users/1001")).statusCode());

        ExecutorService clients = Executors.newFixedThreadPool(USERS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String id = String.valueOf(5000 + i);
            answers.add(clients.submit(() -> retryingUnavailable(post(id))));
        }
        // Kill one worker once the target has seen some of the wave but not all of it.
        Instant deadline = Instant.now().plusSeconds(60);
        int seen = 0;
        while (Instant.now().isBefore(deadline) && (seen = createdInTarget().size()) < 3) {
            Thread.sleep(50);
        }
        assertTrue(seen < USERS, "the wave was still under way when the worker was killed (" + seen + " created)");
        stack.kill("script-worker-1");

        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(201, response.statusCode(), response.body());
        }
        clients.shutdown();

        TreeSet<String> expected = new TreeSet<>();
        for (int i = 0; i < USERS; i++) {
            expected.add(String.valueOf(5000 + i));
        }
        assertEquals(expected, createdInTarget());
        for (String id : expected) {
            JsonNode user = Json.mapper().readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + legacyHrPort + "/api/users/" + id))
                    .header("X-Api-Key", "demo-key").build(), HttpResponse.BodyHandlers.ofString()).body());
            assertEquals("First" + id, user.path("firstName").asText(), user.toString());
            assertEquals("active", user.path("status").asText(), user.toString());
        }
    }

    /** The ids of the wave's users the target application holds. */
    private static TreeSet<String> createdInTarget() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + legacyHrPort + "/api/users?offset=0&limit=1000"))
                .header("X-Api-Key", "demo-key").build(), HttpResponse.BodyHandlers.ofString());
        TreeSet<String> ids = new TreeSet<>();
        for (JsonNode user : Json.mapper().readTree(page.body()).path("users")) {
            String id = user.path("employeeId").asText();
            if (id.startsWith("50")) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static HttpRequest.Builder get(String path) {
        return scim(path).GET();
    }

    private static HttpRequest.Builder post(String id) {
        String body = """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"userName":"u%s@example.com",
                 "active":true,"%s":{"employeeId":"%s","userName":"u%s@example.com","firstName":"First%s"}}
                """.formatted(EXT, id, EXT, id, id, id);
        return scim("/Users").header("Content-Type", "application/scim+json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder scim(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + stack.servicePorts().get("scim-ingress")
                        + "/ecma2host_rest/scim" + path))
                .timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + stack.tokenOf("rest"));
    }

    /** What Entra does with a 503: the same request again, later (bounded here). */
    private static HttpResponse<String> retryingUnavailable(HttpRequest.Builder request) throws Exception {
        Instant deadline = Instant.now().plusSeconds(180);
        HttpResponse<String> response;
        do {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 503) {
                return response;
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));
        return response;
    }
}

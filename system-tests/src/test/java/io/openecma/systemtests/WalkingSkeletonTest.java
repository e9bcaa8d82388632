package io.openecma.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.openecma.schemas.events.Json;
import io.openecma.testsupport.local.LocalStack;
import io.openecma.testsupport.local.LocalStackOptions;
import io.openecma.testsupport.local.ServiceSpec;

/**
 * The walking skeleton: a SCIM POST to the real scim-ingress process travels over the real Kafka
 * broker to the real sync-core process, lands in the connector space in the real PostgreSQL, and
 * a GET returns it. Script execution is played by {@link WorkerDouble} (test code only).
 */
class WalkingSkeletonTest {

    private static final String CONNECTOR = "csv";

    @TempDir
    static Path work;

    private static LocalStack stack;
    private static WorkerDouble worker;
    private static String scimBase;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startSystem() throws IOException {
        Path root = Path.of(System.getProperty("openecma.project.root", "..")).toAbsolutePath().normalize();
        Path connectors = work.resolve("connectors");
        TestFolders.copy(root.resolve("examples/connectors").resolve(CONNECTOR), connectors.resolve(CONNECTOR));

        LocalStackOptions options = LocalStackOptions.defaults(root)
                .withDataDir(work.resolve("data"))
                .withConnectorsDir(connectors)
                .withPorts(0, 0)
                .withServices(List.of(
                        ServiceSpec.quarkus(root, "sync-core", 0, Map.of()),
                        ServiceSpec.quarkus(root, "scim-ingress", 0, Map.of("OPENECMA_HTTP_ENABLED", "true"))))
                .withReadyTimeout(Duration.ofSeconds(90));
        stack = LocalStack.start(options);
        worker = new WorkerDouble(stack.kafkaBootstrapServers(), CONNECTOR);
        scimBase = "http://localhost:" + stack.servicePorts().get("scim-ingress") + "/ecma2host_" + CONNECTOR + "/scim";
    }

    @AfterAll
    static void stopSystem() throws InterruptedException {
        if (worker != null) {
            worker.close();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void postTravelsThroughKafkaIntoPostgresAndGetReturnsIt() throws Exception {
        String ext = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User";
        String body = """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "externalId":"E1001","userName":"ada@example.com","active":true,
                 "name":{"givenName":"Ada","familyName":"Lovelace"},
                 "%s":{"EmployeeId":"E1001","userName":"ada@example.com","firstName":"Ada",
                       "lastName":"Lovelace","department":"Analytics"}}
                """.formatted(ext, ext);

        HttpResponse<String> created = sendUntilNotUnavailable(request("/Users")
                .header("Content-Type", "application/scim+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode createdJson = Json.mapper().readTree(created.body());
        String id = createdJson.path("id").asText();
        assertFalse(id.isEmpty(), "POST must answer the resource with an id: " + created.body());

        // The worker (double) received exactly this object's export as an Add.
        assertTrue(worker.batches().stream().flatMap(b -> b.items().stream())
                        .anyMatch(item -> item.anchor().equals("E1001")),
                "the export batch reached the worker topic: " + worker.batches());

        HttpResponse<String> fetched = http.send(request("/Users/" + id).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fetched.statusCode(), fetched.body());
        JsonNode user = Json.mapper().readTree(fetched.body());
        assertEquals(id, user.path("id").asText());
        assertEquals("Analytics", user.path(ext).path("department").asText(), fetched.body());
        assertEquals("Ada", user.path(ext).path("firstName").asText(), fetched.body());

        HttpResponse<String> filtered = http.send(request("/Users?filter="
                        + java.net.URLEncoder.encode(ext + ":EmployeeId eq \"E1001\"", "UTF-8")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, filtered.statusCode(), filtered.body());
        assertEquals(1, Json.mapper().readTree(filtered.body()).path("totalResults").asInt(), filtered.body());

        assertEquals("confirmed", stateInConnectorSpace("E1001"));
    }

    private static String stateInConnectorSpace(String anchor) throws SQLException {
        try (Connection db = stack.postgres().dataSource().getConnection();
             PreparedStatement query = db.prepareStatement(
                     "select state from cs_object where connector = ? and anchor = ?")) {
            query.setString(1, CONNECTOR);
            query.setString(2, anchor);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the object is in the connector space");
                return row.getString(1);
            }
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(scimBase + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + stack.tokenOf(CONNECTOR))
                .header("Accept", "application/scim+json");
    }

    /** The connector answers 503 until its first import has finished; wait for that, bounded. */
    private static HttpResponse<String> sendUntilNotUnavailable(HttpRequest.Builder request) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> response;
        do {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 503) {
                return response;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return response;
    }
}

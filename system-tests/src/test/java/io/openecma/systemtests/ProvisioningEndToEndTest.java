package io.openecma.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.openecma.schemas.events.Json;
import io.openecma.testsupport.local.LocalStack;
import io.openecma.testsupport.local.ServiceSpec;

/**
 * The whole product as Entra ID meets it: every service as its own process, real Kafka, real
 * PostgreSQL, the sample connectors' unmodified PowerShell scripts run by the script-worker and
 * the password-worker on the embedded engine, against a CSV file and the demo legacy HR REST app.
 * What the target system ends up holding is checked there, not in openecma's own tables.
 */
// The import test runs last: a user created straight in the target by another test would otherwise
// be imported meanwhile, and its SCIM create would then rightly be a 409 instead of an adoption.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvisioningEndToEndTest {

    private static final String EXT = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @TempDir
    static Path work;

    private static LocalStack stack;
    private static int ingressPort;
    private static int legacyHrPort;
    private static StackClient client;

    @BeforeAll
    static void startEverything() throws Exception {
        Path connectors = work.resolve("connectors");
        SampleStack.copyConnector(connectors, "csv");
        // The REST sample names the demo app's fixed port; this run gives it a free one.
        legacyHrPort = SampleStack.copyConnectorOnFreePort(connectors, "rest", "http://127.0.0.1:8090");
        stack = SampleStack.start(work, List.of(ServiceSpec.legacyHr(SampleStack.projectRoot(), legacyHrPort)),
                Duration.ofSeconds(120));
        ingressPort = stack.servicePorts().get("scim-ingress");
        client = new StackClient(stack, stack::tokenOf, SETTLE);
        client.awaitFirstImports("csv", "rest");
    }

    @AfterAll
    static void stopEverything() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void eachSampleHasItsOwnTokenAndNoConnectorTakesAnothersToken() throws Exception {
        String csvToken = stack.tokenOf("csv");
        String restToken = stack.tokenOf("rest");
        assertTrue(!csvToken.equals(restToken), "the samples have different tokens");
        for (String method : List.of("GET", "POST")) {
            assertEquals(401, withToken("rest", method, csvToken).statusCode(), "the csv token on rest, " + method);
            assertEquals(401, withToken("csv", method, restToken).statusCode(), "the rest token on csv, " + method);
            assertEquals(401, withToken("csv", method, stack.secrets().adminToken()).statusCode(), "the admin token on SCIM");
        }
        assertEquals(200, withToken("csv", "GET", csvToken).statusCode(), "its own token is taken");
        assertEquals(200, withToken("rest", "GET", restToken).statusCode(), "its own token is taken");
    }

    private static HttpResponse<String> withToken(String connector, String method, String token) throws Exception {
        return client.http().send(HttpRequest.newBuilder(URI.create("http://localhost:" + ingressPort + "/ecma2host_"
                        + connector + "/scim/Users" + ("GET".equals(method) ? "?count=1" : "")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/scim+json")
                .method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + "\"userName\":\"intruder@example.com\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void csvUserIsCreatedReadUpdatedSoftDeletedAndHardDeletedInTheFile() throws Exception {
        HttpResponse<String> created = scim("csv", "POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "userName":"grace@example.com","active":true,
                 "%s":{"EmployeeId":"E2001","userName":"grace@example.com","firstName":"Grace",
                       "lastName":"Hopper","department":"Navy"}}
                """.formatted(EXT, EXT));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("E2001", json(created).path("id").asText());
        assertTrue(csvRow("E2001").contains("\"Grace\""), "the Export script wrote the row: " + csvFile());

        HttpResponse<String> read = scim("csv", "GET", "/Users/E2001", null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("Navy", json(read).path(EXT).path("department").asText(), read.body());

        // Entra's default PATCH form: capitalised ops, a "False" string for active, urn paths.
        HttpResponse<String> patched = scim("csv", "PATCH", "/Users/E2001", """
                {"schemas":["%s"],"Operations":[
                  {"op":"Replace","path":"%s:department","value":"Computing"},
                  {"op":"Replace","path":"active","value":"False"}]}
                """.formatted(PATCH_OP, EXT));
        assertTrue(patched.statusCode() == 200 || patched.statusCode() == 204, patched.body());
        String row = csvRow("E2001");
        assertTrue(row.contains("\"Computing\""), "department exported: " + row);
        assertTrue(row.contains("\"False\""), "soft delete set isActive to false (Disable flow): " + row);
        HttpResponse<String> inactive = scim("csv", "GET", "/Users/E2001", null);
        assertEquals(200, inactive.statusCode(), "a soft-deleted user stays readable: " + inactive.body());
        assertEquals(false, json(inactive).path("active").asBoolean(true), inactive.body());

        HttpResponse<String> deleted = scim("csv", "DELETE", "/Users/E2001", null);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(404, scim("csv", "GET", "/Users/E2001", null).statusCode());
        String tombstone = csvRow("E2001");
        assertTrue(tombstone.contains("\"True\""), "the Export script marked the row deleted: " + tombstone);
    }

    @Test
    void passwordGivenOnCreateIsSetByThePasswordScriptAfterTheAdd() throws Exception {
        HttpResponse<String> created = scim("rest", "POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "userName":"linus@example.com","active":true,"password":"Corr3ct-Horse-Battery",
                 "%s":{"employeeId":"4001","userName":"linus@example.com","firstName":"Linus","lastName":"Pauling"}}
                """.formatted(EXT, EXT));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(!created.body().contains("Corr3ct-Horse-Battery"), "the password is never echoed");

        // The target accepts a change that names the password the Password script set.
        String change = "{\"oldPassword\":\"Corr3ct-Horse-Battery\",\"newPassword\":\"An0ther-Long-One\"}";
        HttpResponse<String> changed = eventually(
                () -> legacyHr("POST", "/api/users/4001/password", change), r -> r.statusCode() == 204);
        assertEquals(204, changed.statusCode(), "the password was set in the target: " + changed.body());

        // The clear password is nowhere openecma keeps anything: not in a table, a topic or a log.
        for (String secret : List.of("Corr3ct-Horse-Battery", "An0ther-Long-One")) {
            assertEquals(List.of(), ClearTextSearch.inDatabase(stack.postgres(), secret), "database rows");
            assertEquals(List.of(), ClearTextSearch.inTopics(stack.kafkaBootstrapServers(), secret), "Kafka topics");
            assertEquals(List.of(), ClearTextSearch.inFiles(work.resolve("data/logs"), secret), "service logs");
        }
    }

    @Test
    void restUserIsCreatedInTheTargetApplication() throws Exception {
        HttpResponse<String> created = scim("rest", "POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "userName":"rosalind@example.com","active":true,
                 "name":{"givenName":"Rosalind","familyName":"Franklin"},
                 "%s":{"employeeId":"4002","userName":"rosalind@example.com","department":"Biophysics"}}
                """.formatted(EXT, EXT));
        assertEquals(201, created.statusCode(), created.body());

        HttpResponse<String> inTarget = legacyHr("GET", "/api/users/4002", null);
        assertEquals(200, inTarget.statusCode(), inTarget.body());
        JsonNode user = json(inTarget);
        assertEquals("Rosalind", user.path("firstName").asText(), inTarget.body());
        assertEquals("Biophysics", user.path("department").asText(), inTarget.body());
    }

    @Test
    void aUserTheTargetAlreadyHasIsAdoptedByTheAddAndUpdated() throws Exception {
        HttpResponse<String> direct = legacyHr("POST", "/api/users",
                "{\"employeeId\":\"4003\",\"userName\":\"old@example.com\",\"firstName\":\"Before\"}");
        assertEquals(201, direct.statusCode(), direct.body());

        HttpResponse<String> created = scim("rest", "POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"userName":"new@example.com",
                 "%s":{"employeeId":"4003","userName":"new@example.com","firstName":"After"}}
                """.formatted(EXT, EXT));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode user = json(legacyHr("GET", "/api/users/4003", null));
        assertEquals("After", user.path("firstName").asText(), user.toString());
        assertEquals("new@example.com", user.path("userName").asText(), user.toString());
    }

    @Test
    void aPasswordTheTargetRefusesReachesTheScimClientWithTheScriptsMessage() throws Exception {
        HttpResponse<String> refused = scim("rest", "POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"userName":"short@example.com",
                 "password":"tiny","%s":{"employeeId":"4005","userName":"short@example.com","firstName":"Short"}}
                """.formatted(EXT, EXT));
        assertEquals(400, refused.statusCode(), refused.body());
        JsonNode error = json(refused);
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", error.path("schemas").path(0).asText());
        assertEquals("400", error.path("status").asText());
        assertTrue(error.path("detail").asText().contains("at least 8 characters"),
                "the detail carries the target's message, thrown by the Password script: " + refused.body());
        assertTrue(!refused.body().contains("tiny"), "the password is never echoed");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void fullAndDeltaImportsBringUsersCreatedInTheTarget() throws Exception {
        // The demo app's seeded users arrive with the first full import.
        HttpResponse<String> seeded = eventually(() -> scim("rest", "GET", "/Users/1001", null),
                r -> r.statusCode() == 200);
        assertEquals(200, seeded.statusCode(), seeded.body());
        assertEquals("Ada", json(seeded).path(EXT).path("firstName").asText(), seeded.body());

        HttpResponse<String> direct = legacyHr("POST", "/api/users",
                "{\"employeeId\":\"4004\",\"userName\":\"barbara@example.com\",\"firstName\":\"Barbara\"}");
        assertEquals(201, direct.statusCode(), direct.body());
        HttpResponse<String> trigger = admin("POST", "/admin/connectors/rest/imports?type=delta");
        assertTrue(trigger.statusCode() / 100 == 2, trigger.statusCode() + " " + trigger.body());

        String filter = URLEncoder.encode("userName eq \"barbara@example.com\"", StandardCharsets.UTF_8);
        HttpResponse<String> found = eventually(() -> scim("rest", "GET", "/Users?filter=" + filter, null),
                r -> r.statusCode() == 200 && json(r).path("totalResults").asInt() == 1);
        assertEquals(1, json(found).path("totalResults").asInt(), found.body());
        assertEquals("4004", json(found).path("Resources").path(0).path("id").asText(), found.body());
    }

    // --- plumbing ---

    private static HttpResponse<String> legacyHr(String method, String path, String body)
            throws IOException, InterruptedException {
        return client.http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + legacyHrPort + path))
                .header("X-Api-Key", "demo-key").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> scim(String connector, String method, String path, String body)
            throws IOException, InterruptedException {
        return client.scim(connector, method, path, body);
    }

    private static HttpResponse<String> admin(String method, String path) throws IOException, InterruptedException {
        return client.admin(method, path);
    }

    private static HttpResponse<String> eventually(StackClient.Call call, Predicate<HttpResponse<String>> done)
            throws Exception {
        return client.eventually(call, done);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return StackClient.json(response);
    }

    private static Path csvFile() {
        return work.resolve("data/connector-data/csv/MAData/users.csv");
    }

    private static String csvRow(String employeeId) throws IOException {
        return Files.readAllLines(csvFile(), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("\"" + employeeId + "\"") || line.startsWith("\uFEFF\"" + employeeId + "\""))
                .reduce((earlier, later) -> later) // exports append: the last row of a user is the user
                .orElse("(no row for " + employeeId + " in " + Files.readString(csvFile()) + ")");
    }
}

package io.openecma.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.openecma.schemas.events.Json;
import io.openecma.testsupport.FreePorts;
import io.openecma.testsupport.local.LocalStack;
import io.openecma.testsupport.local.LocalStackOptions;
import io.openecma.testsupport.local.ServiceSpec;

/**
 * The Users-and-Groups sample connector (examples/connectors/directory) through the running
 * system: every service as its own process, the sample's unmodified scripts on the embedded engine,
 * the demo team directory (examples/team-directory) as the target, which chooses every id. Each
 * step is checked in the directory itself, not only in what SCIM answers.
 *
 * <p>{@link MicrosoftCollectionReplay} replays the request shapes of Microsoft's SCIM test collection
 * against the same running sample, after these tests (which leave the directory empty).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsersAndGroupsSampleTest {

    static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final Duration SETTLE = Duration.ofSeconds(90);

    @TempDir
    static Path work;

    private static LocalStack stack;
    private static StackClient client;
    private static int directoryPort;

    @BeforeAll
    static void startEverything() throws Exception {
        Path root = Path.of(System.getProperty("openecma.project.root", "..")).toAbsolutePath().normalize();
        Path connectors = work.resolve("connectors");
        TestFolders.copy(root.resolve("examples/connectors/directory"), connectors.resolve("directory"));
        // The sample names the demo app's fixed port; this run gives it a free one.
        directoryPort = FreePorts.pick();
        Path definition = connectors.resolve("directory/connector.yaml");
        Files.writeString(definition, Files.readString(definition)
                .replace("http://127.0.0.1:8091", "http://127.0.0.1:" + directoryPort));

        LocalStackOptions options = LocalStackOptions.defaults(root)
                .withDataDir(work.resolve("data"))
                .withConnectorsDir(connectors)
                .withPorts(0, 0)
                .withServices(List.of(
                        ServiceSpec.teamDirectory(root, directoryPort),
                        ServiceSpec.quarkus(root, "sync-core", 0, Map.of()),
                        ServiceSpec.quarkus(root, "scim-ingress", 0, Map.of("OPENECMA_HTTP_ENABLED", "true")),
                        ServiceSpec.quarkus(root, "script-worker", 0, Map.of())))
                .withReadyTimeout(Duration.ofSeconds(300));
        stack = LocalStack.start(options);
        client = new StackClient(stack, stack::tokenOf, SETTLE, StackClient.ScimRoot.SCIM_V2);
        client.awaitFirstImports("directory");
    }

    @AfterAll
    static void stopEverything() {
        if (stack != null) {
            stack.stop();
        }
    }

    /**
     * A failed test may leave objects behind; the next one (the replay counts users) starts from an
     * empty directory all the same.
     */
    @AfterEach
    void removeWhatIsLeft() throws Exception {
        for (String type : List.of("/Groups", "/Users")) {
            for (JsonNode resource : json(scim("GET", type + "?attributes=id", null)).path("Resources")) {
                scim("DELETE", type + "/" + resource.path("id").asText(), null);
            }
        }
    }

    // --- the tests ---

    @Test
    @Order(1)
    void usersGetTheIdsTheDirectoryChose() throws Exception {
        HttpResponse<String> created = scim("POST", "/Users", user("ug.ada", "Ada", "ada@ug.example"));
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created).path("id").asText();
        assertEquals(client.scimRoot("directory") + "/Users/" + id,
                created.headers().firstValue("Location").orElse(""), created.body());
        JsonNode inTarget = json(target("GET", "/api/users/" + id, null));
        assertEquals(id, inTarget.path("id").asText(), "the SCIM id is the directory's id");
        assertEquals("ug.ada", inTarget.path("userName").asText());
        assertEquals("ada@ug.example", inTarget.path("email").asText());
        // what no mapping carries is kept, as JSON, in the directory's "extra" field
        assertTrue(inTarget.path("extra").asText().contains("Ada Lovelace"), inTarget.toString());
        assertEquals("Ada Lovelace", json(scim("GET", "/Users/" + id, null)).path("name").path("formatted").asText());

        HttpResponse<String> taken = scim("POST", "/Users", user("UG.ADA", "Other", "other@ug.example"));
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals("uniqueness", json(taken).path("scimType").asText(), taken.body());
        assertEquals(1, targetItems("/api/users?userName=ug.ada").size(), "the directory holds one ug.ada");

        assertEquals(204, scim("DELETE", "/Users/" + id, null).statusCode());
        assertEquals(404, target("GET", "/api/users/" + id, null).statusCode());
        assertEquals(404, scim("GET", "/Users/" + id, null).statusCode());
    }

    @Test
    @Order(2)
    void groupMembersAreAddedRemovedAndReplaced() throws Exception {
        String ann = createdUser("ug.ann");
        String bob = createdUser("ug.bob");
        String cem = createdUser("ug.cem");

        HttpResponse<String> created = scim("POST", "/Groups", """
                {"schemas":["%s"],"displayName":"Readers","externalId":"readers-1",
                 "members":[{"value":"%s","display":"Ann"}]}""".formatted(CORE_GROUP, ann));
        assertEquals(201, created.statusCode(), created.body());
        String group = json(created).path("id").asText();
        assertEquals(List.of(ann), values(json(created).path("members")));
        assertEquals(List.of(ann), targetMembers(group));
        assertEquals("Readers", json(target("GET", "/api/groups/" + group, null)).path("displayName").asText());

        assertPatched(scim("PATCH", "/Groups/" + group, patch("add", "members", "[{\"value\":\"" + bob + "\"},{\"value\":\"" + cem + "\"}]")));
        assertEquals(List.of(ann, bob, cem), targetMembers(group));

        assertPatched(scim("PATCH", "/Groups/" + group, """
                {"schemas":["%s"],"Operations":[{"op":"remove","path":"members[value eq \\"%s\\"]"}]}""".formatted(PATCH_OP, ann)));
        assertEquals(List.of(bob, cem), targetMembers(group));

        assertPatched(scim("PATCH", "/Groups/" + group, patch("replace", "members", "[{\"value\":\"" + ann + "\"}]")));
        assertEquals(List.of(ann), targetMembers(group));

        HttpResponse<String> put = scim("PUT", "/Groups/" + group, """
                {"schemas":["%s"],"id":"%s","displayName":"Writers","externalId":"readers-1",
                 "members":[{"value":"%s"},{"value":"%s"}]}""".formatted(CORE_GROUP, group, bob, cem));
        assertOk(put);
        assertEquals(List.of(bob, cem), targetMembers(group));
        assertEquals("Writers", json(target("GET", "/api/groups/" + group, null)).path("displayName").asText());

        JsonNode read = json(scim("GET", "/Groups/" + group, null));
        assertEquals(List.of(bob, cem), values(read.path("members")), read.toString());
        assertEquals("readers-1", read.path("externalId").asText(), read.toString());
        JsonNode slim = json(scim("GET", "/Groups/" + group + "?excludedAttributes=members", null));
        assertFalse(slim.has("members"), slim.toString());
        assertEquals("Writers", slim.path("displayName").asText(), slim.toString());
        JsonNode listed = json(scim("GET", "/Groups?excludedAttributes=members&filter="
                + URLEncoder.encode("displayName eq \"Writers\"", StandardCharsets.UTF_8), null));
        assertEquals(1, listed.path("totalResults").asInt(), listed.toString());
        assertFalse(listed.path("Resources").get(0).has("members"), listed.toString());

        assertPatched(scim("PATCH", "/Groups/" + group, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"remove\",\"path\":\"members\"}]}"));
        assertEquals(List.of(), targetMembers(group));
        assertFalse(json(scim("GET", "/Groups/" + group, null)).has("members"));

        assertEquals(204, scim("DELETE", "/Groups/" + group, null).statusCode());
        assertEquals(404, target("GET", "/api/groups/" + group, null).statusCode());
        assertEquals(404, scim("GET", "/Groups/" + group, null).statusCode());
        for (String user : List.of(ann, bob, cem)) {
            assertEquals(204, scim("DELETE", "/Users/" + user, null).statusCode());
        }
    }

    /**
     * Bulk (RFC 7644 section 3.7) and ETags (section 3.14) through the whole stack: each bulk
     * operation goes through sync-core, the worker's script and the directory like a single request,
     * a group member named by bulkId becomes the id the directory chose, and the ETag of a GET is the
     * one If-Match and If-None-Match are judged against.
     */
    @Test
    @Order(6)
    void bulkAndEtagsGoThroughTheWholeStack() throws Exception {
        HttpResponse<String> bulk = scim("POST", "/Bulk", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"failOnErrors":1,"Operations":[
                 {"method":"POST","path":"/Groups","bulkId":"team","data":{"schemas":["%s"],"displayName":"Bulk team",
                   "members":[{"value":"bulkId:eve"}]}},
                 {"method":"POST","path":"/Users","bulkId":"eve","data":%s}]}"""
                .formatted(CORE_GROUP, user("ug.eve", "Eve", "eve@ug.example")));
        assertEquals(200, bulk.statusCode(), bulk.body());
        JsonNode operations = json(bulk).path("Operations");
        assertEquals(2, operations.size(), bulk.body());
        assertEquals("201", operations.get(0).path("status").asText(), bulk.body());
        assertEquals("201", operations.get(1).path("status").asText(), bulk.body());
        String team = lastSegment(operations.get(0).path("location").asText());
        String eve = lastSegment(operations.get(1).path("location").asText());
        assertEquals("ug.eve", json(target("GET", "/api/users/" + eve, null)).path("userName").asText());
        assertEquals(List.of(eve), targetMembers(team), "the bulkId became the directory's id");

        HttpResponse<String> read = scim("GET", "/Users/" + eve, null);
        assertOk(read);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, client.scim("directory", "GET", "/Users/" + eve, null, Map.of("If-None-Match", etag)).statusCode());
        HttpResponse<String> stale = client.scim("directory", "PATCH", "/Users/" + eve,
                patch("replace", "displayName", "\"Eve Two\""), Map.of("If-Match", "W/\"0\""));
        assertEquals(412, stale.statusCode(), stale.body());
        assertPatched(client.scim("directory", "PATCH", "/Users/" + eve,
                patch("replace", "displayName", "\"Eve Two\""), Map.of("If-Match", etag)));
        assertEquals("Eve Two", json(scim("GET", "/Users/" + eve, null)).path("displayName").asText());
        HttpResponse<String> outdated = client.scim("directory", "DELETE", "/Users/" + eve, null, Map.of("If-Match", etag));
        assertEquals(412, outdated.statusCode(), "the PATCH changed the version: " + outdated.body());
        assertEquals(200, target("GET", "/api/users/" + eve, null).statusCode(), "a refused DELETE leaves the user");
    }

    private static String lastSegment(String location) {
        assertFalse(location.isEmpty(), "a created resource has a location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    @Order(3)
    void aMemberThatDoesNotExistIsRefusedByTheDirectory() throws Exception {
        String dan = createdUser("ug.dan");
        HttpResponse<String> created = scim("POST", "/Groups", """
                {"schemas":["%s"],"displayName":"Ghosts","members":[{"value":"%s"}]}""".formatted(CORE_GROUP, dan));
        String group = json(created).path("id").asText();

        HttpResponse<String> refused = scim("PATCH", "/Groups/" + group, patch("add", "members", "\"no-such-user\""));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(json(refused).path("detail").asText().contains("no-such-user"), refused.body());
        assertEquals(List.of(dan), targetMembers(group));

        assertEquals(204, scim("DELETE", "/Groups/" + group, null).statusCode());
        assertEquals(204, scim("DELETE", "/Users/" + dan, null).statusCode());
    }

    @Test
    @Order(4)
    void deletingAUserTakesItOutOfItsGroups() throws Exception {
        String eve = createdUser("ug.eve");
        String fay = createdUser("ug.fay");
        HttpResponse<String> created = scim("POST", "/Groups", """
                {"schemas":["%s"],"displayName":"Auditors","members":[{"value":"%s"},{"value":"%s"}]}"""
                .formatted(CORE_GROUP, eve, fay));
        assertEquals(201, created.statusCode(), created.body());
        String group = json(created).path("id").asText();

        assertEquals(204, scim("DELETE", "/Users/" + eve, null).statusCode());
        // the directory keeps its groups consistent at once
        assertEquals(List.of(fay), targetMembers(group));
        // the connector space learns it from the directory: the next (delta) import
        HttpResponse<String> trigger = admin("POST", "/admin/connectors/directory/imports?type=delta");
        assertTrue(trigger.statusCode() / 100 == 2, trigger.statusCode() + " " + trigger.body());
        HttpResponse<String> group1 = eventually(() -> scim("GET", "/Groups/" + group, null),
                r -> values(json(r).path("members")).equals(List.of(fay)));
        assertEquals(List.of(fay), values(json(group1).path("members")), group1.body());
        assertEquals(404, scim("GET", "/Users/" + eve, null).statusCode());

        assertEquals(204, scim("DELETE", "/Groups/" + group, null).statusCode());
        assertEquals(204, scim("DELETE", "/Users/" + fay, null).statusCode());
    }

    /**
     * The request shapes of Microsoft's SCIM test collection (AzureAD/SCIMReferenceCode,
     * PostmanCollection.json: endpoint, user, group, complex-attribute and "garbage" folders, in its
     * order), written here with our own bodies and checked against RFC 7643/7644 and the directory,
     * not against the collection's own assertions. The collection sends the same placeholder
     * externalId for every user; the sample's ids are the directory's, so that is no conflict.
     * docs/compatibility/scim.md lists where the answers differ from what the collection expects.
     */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class MicrosoftCollectionReplay {

        private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

        private String collectionUser(String userName, String displayName, String workEmail, String homeEmail) {
            return """
                    {"userName":"%s","active":true,"displayName":"%s","schemas":["%s","%s"],
                     "externalId":"${__UUID}","name":{"formatted":"Ryan Leenay","familyName":"Leenay","givenName":"Ryan"},
                     "emails":[{"Primary":true,"type":"work","value":"%s"},{"Primary":false,"type":"home","value":"%s"}]}
                    """.formatted(userName, displayName, ENTERPRISE, CORE_USER, workEmail, homeEmail);
        }

        private String posted(String body) throws Exception {
            HttpResponse<String> created = scim("POST", "/Users", body);
            assertEquals(201, created.statusCode(), created.body());
            String id = json(created).path("id").asText();
            assertEquals(200, target("GET", "/api/users/" + id, null).statusCode(), "the id is the directory's: " + id);
            return id;
        }

        private void deleted(String path) throws Exception {
            HttpResponse<String> response = scim("DELETE", path, null);
            assertEquals(204, response.statusCode(), path + ": " + response.body());
            assertEquals(404, target("GET", "/api" + path.toLowerCase(java.util.Locale.ROOT).replaceFirst("/[^/]+$", "")
                    + path.substring(path.lastIndexOf('/')), null).statusCode(), path + " is gone from the directory");
        }

        @Test
        @Order(1)
        void endpoints() throws Exception {
            JsonNode users = json(scim("GET", "/Users", null));
            assertEquals(0, users.path("totalResults").asInt(), users.toString());
            assertEquals(0, json(scim("GET", "/Groups", null)).path("totalResults").asInt());
            JsonNode types = json(scim("GET", "/ResourceTypes", null));
            List<String> endpoints = new ArrayList<>();
            types.path("Resources").forEach(t -> endpoints.add(t.path("endpoint").asText()));
            assertEquals(List.of("/Users", "/Groups"), endpoints, types.toString());
            JsonNode config = json(scim("GET", "/serviceConfiguration", null));
            assertTrue(config.path("patch").path("supported").asBoolean(), config.toString());
            String schemas = scim("GET", "/Schemas", null).body();
            assertTrue(schemas.contains(CORE_USER) && schemas.contains(CORE_GROUP), schemas);
        }

        @Test
        @Order(2)
        void users() throws Exception {
            String id1 = posted(collectionUser("UserName123", "BobIsAmazing", "testing@bob.com", "testinghome@bob.com"));
            String id2 = posted(collectionUser("UserName222", "lennay", "testing@bob2.com", "testinghome@bob3.com")
                    .replace("\"externalId\"", "\"" + ENTERPRISE + "\":{\"Department\":\"bob\",\"Manager\":{\"Value\":\"SuzzyQ\"}},\"externalId\""));
            assertNotEquals(id1, id2);
            JsonNode second = json(scim("GET", "/Users/" + id2, null));
            assertEquals("bob", second.path(ENTERPRISE).path("department").asText(), second.toString());
            assertEquals("SuzzyQ", second.path(ENTERPRISE).path("manager").path("value").asText(), second.toString());
            List<String> emails = new ArrayList<>();
            second.path("emails").forEach(e -> emails.add(e.path("type").asText() + ":" + e.path("value").asText()));
            assertEquals(List.of("work:testing@bob2.com", "home:testinghome@bob3.com"), emails, second.toString());

            JsonNode projected = json(scim("GET", "/Users?attributes=userName,emails", null));
            assertEquals(2, projected.path("totalResults").asInt(), projected.toString());
            projected.path("Resources").forEach(r -> assertFalse(r.has("name"), r.toString()));
            JsonNode found = json(scim("GET", "/Users/?filter=DisplayName+eq+%22BobIsAmazing%22", null));
            assertEquals(id1, found.path("Resources").get(0).path("id").asText(), found.toString());
            assertEquals(1, found.path("totalResults").asInt(), found.toString());

            assertPatched(scim("PATCH", "/Users/" + id1, patch("replace", "userName", "\"ryan3\"")));
            assertEquals("ryan3", json(target("GET", "/api/users/" + id1, null)).path("userName").asText());
            assertEquals("ryan3", json(scim("GET", "/Users/" + id1, null)).path("userName").asText());

            String replacement = collectionUser("UserNameReplace2", "BobIsAmazing", "testing@bobREPLACE.com", "testinghome@bob.com")
                    .replace("Ryan Leenay", "NewName").replace("\"userName\"", "\"id\":\"" + id2 + "\",\"userName\"");
            assertOk(scim("PUT", "/Users/" + id2, replacement));
            JsonNode inTarget = json(target("GET", "/api/users/" + id2, null));
            assertEquals("UserNameReplace2", inTarget.path("userName").asText());
            assertEquals("testing@bobREPLACE.com", inTarget.path("email").asText());
            JsonNode replaced = json(scim("GET", "/Users/" + id2, null));
            assertEquals("NewName", replaced.path("name").path("formatted").asText(), replaced.toString());
            // PUT replaces: the enterprise attributes the replacement left out are gone
            assertFalse(replaced.has(ENTERPRISE), replaced.toString());

            deleted("/Users/" + id1);
            deleted("/Users/" + id2);
        }

        @Test
        @Order(3)
        void groups() throws Exception {
            HttpResponse<String> empty = scim("POST", "/Groups", """
                    {"externalId":"${__UUID}","schemas":["%s"],"displayName":"Group1DisplayName","members":[]}
                    """.formatted(CORE_GROUP));
            assertEquals(201, empty.statusCode(), empty.body());
            String group1 = json(empty).path("id").asText();
            assertFalse(json(empty).has("members"), empty.body());
            String id3 = posted(collectionUser("UserName333", "lennay", "testing@bob2.com", "testinghome@bob3.com"));
            String id4 = posted(collectionUser("UserName444", "lennay", "testing@bob2.com", "testinghome@bob3.com"));
            HttpResponse<String> filled = scim("POST", "/Groups", """
                    {"schemas":["%s"],"externalId":"${__UUID}","displayName":"GroupDisplayName2",
                     "members":[{"value":"%s","display":"VP"}]}""".formatted(CORE_GROUP, id3));
            assertEquals(201, filled.statusCode(), filled.body());
            String group2 = json(filled).path("id").asText();
            assertEquals(List.of(id3), targetMembers(group2));
            assertEquals(2, json(scim("GET", "/Groups", null)).path("totalResults").asInt());

            HttpResponse<String> third = scim("POST", "/Groups", """
                    {"schemas":["%s"],"externalId":"${__UUID}","displayName":"GroupDisplayName3","members":[]}""".formatted(CORE_GROUP));
            String group3 = json(third).path("id").asText();
            assertOk(scim("PUT", "/Groups/" + group3, """
                    {"schemas":["%s"],"id":"%s","displayName":"putName",
                     "members":[{"value":"%s","display":"VP"},{"value":"%s","display":"SenorVP"}]}""".formatted(CORE_GROUP, group3, id3, id4)));
            assertEquals(List.of(id3, id4), targetMembers(group3));
            JsonNode validated = json(scim("GET", "/Groups/" + group3, null));
            assertEquals(group3, validated.path("id").asText());
            assertEquals("putName", validated.path("displayName").asText(), validated.toString());
            assertEquals(List.of(id3, id4), values(validated.path("members")), validated.toString());

            // "displayName" is not a sub-attribute of members (RFC 7643 section 4.2 names "display"):
            // refused, naming it, before anything reaches the directory
            HttpResponse<String> misnamed = scim("PATCH", "/Groups/" + group1, """
                    {"schemas":["%s"],"Operations":[{"name":"addMember","op":"add","path":"members",
                     "value":[{"displayName":"new User","value":"%s"}]}]}""".formatted(PATCH_OP, id4));
            assertEquals(400, misnamed.statusCode(), misnamed.body());
            assertTrue(json(misnamed).path("detail").asText().contains("displayName"), misnamed.body());
            assertEquals(List.of(), targetMembers(group1));
            assertPatched(scim("PATCH", "/Groups/" + group1, patch("add", "members", "[{\"display\":\"new User\",\"value\":\"" + id4 + "\"}]")));
            assertEquals(List.of(id4), targetMembers(group1));
            assertPatched(scim("PATCH", "/Groups/" + group1, """
                    {"schemas":["%s"],"Operations":[{"op":"remove","path":"members[value eq \\"%s\\"]"}]}""".formatted(PATCH_OP, id4)));
            assertEquals(List.of(), targetMembers(group1));
            assertPatched(scim("PATCH", "/Groups/" + group1, patch("add", "members", "[{\"value\":\"" + id4 + "\"}]")));
            assertEquals(List.of(id4), values(json(scim("GET", "/Groups/" + group1, null)).path("members")));
            assertPatched(scim("PATCH", "/Groups/" + group1, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"remove\",\"path\":\"members\"}]}"));
            assertEquals(List.of(), targetMembers(group1));
            assertFalse(json(scim("GET", "/Groups/" + group1, null)).has("members"));

            // id3 is in group2 and group3: the directory takes it out of both
            deleted("/Users/" + id3);
            assertEquals(List.of(), targetMembers(group2));
            assertEquals(List.of(id4), targetMembers(group3));
            deleted("/Users/" + id4);
            assertEquals(List.of(), targetMembers(group3));
            for (String group : List.of(group1, group2, group3)) {
                deleted("/Groups/" + group);
            }
        }

        @Test
        @Order(4)
        void complexAttributes() throws Exception {
            String id1 = posted(collectionUser("UserName111", "BobIsAmazing", "emailName357", "testinghome@bob.com"));
            String id2 = posted(collectionUser("UserName222", "BobIsAmazing", "jump@bob.com", "testinghome@bob.com"));
            JsonNode work = json(scim("GET", "/Users?attributes=" + URLEncoder.encode("emails[type eq \"work\"]", StandardCharsets.UTF_8), null));
            List<String> values = new ArrayList<>();
            work.path("Resources").forEach(r -> r.path("emails").forEach(e -> values.add(e.path("value").asText())));
            values.sort(String::compareTo);
            assertEquals(List.of("emailName357", "jump@bob.com"), values, work.toString());
            JsonNode one = json(scim("GET", "/Users?attributes=" + URLEncoder.encode("emails[value eq \"emailName357\"]", StandardCharsets.UTF_8), null));
            assertTrue(one.toString().contains("emailName357") && !one.toString().contains("testinghome"), one.toString());
            deleted("/Users/" + id1);
            deleted("/Users/" + id2);
        }

        private String garbageUser(String userNameField, Object active, String familyName, String country, String secondEmail) {
            return """
                    {%s"active":%s,
                     "addresses":[{"country":"%s","formatted":"9132 Jennifer Way","locality":"West Mercedes","postalCode":"99265",
                       "region":"Montana","streetAddress":"4939 Hess Fork","type":"work","primary":false},
                      {"country":null,"formatted":"18522 Lisa Unions","locality":null,"type":"other","primary":false}],
                     "displayName":"Kimberly Baker",
                     "emails":[{"type":"work","primary":true,"value":"anna33@example.com"},%s],
                     "meta":{"created":"2019-09-18T18:15:26.5788954+00:00","resourceType":"User"},
                     "name":{"formatted":"Daniel Mcgee","familyName":"%s","givenName":"Darl","honorificPrefix":null},
                     "phoneNumbers":[{"type":"fax","primary":false,"value":"312-320-0932"}],
                     "preferredLanguage":"xh","roles":[],"title":"Site engineer",
                     "externalId":"22fbc523-6032-4c5f-939d-5d4850cf3e52","schemas":["%s"]}
                    """.formatted(userNameField, active, country, secondEmail, familyName, CORE_USER);
        }

        /**
         * OMalley has a work and an other e-mail; the employees two work e-mails, the gmail one first,
         * as in the collection: only the first is the sample's mapped "email", the second is kept in
         * the unmapped-attributes store (and found there by filters).
         */
        private String garbageUser(String userName, Object active, String familyName) {
            String body = garbageUser("\"userName\":\"" + userName + "\",", active, familyName, "Bermuda",
                    "{\"type\":\"other\",\"primary\":false,\"value\":\"anna33@gmail.com\"}");
            return familyName.equals("Employee") ? body.replace("{\"type\":\"work\",\"primary\":true,\"value\":\"anna33@example.com\"},"
                    + "{\"type\":\"other\",\"primary\":false,\"value\":\"anna33@gmail.com\"}",
                    "{\"type\":\"work\",\"primary\":true,\"value\":\"anna33@gmail.com\"},"
                    + "{\"type\":\"work\",\"primary\":false,\"value\":\"anna33@example.com\"}") : body;
        }

        @Test
        @Order(5)
        void garbage() throws Exception {
            HttpResponse<String> omalley = scim("POST", "/Users", garbageUser("OMalley", true, "OMalley"));
            assertEquals(201, omalley.statusCode(), omalley.body());
            assertEquals("OMalley", json(omalley).path("userName").asText());
            assertTrue(json(omalley).path("active").asBoolean(), omalley.body());
            String first = json(omalley).path("id").asText();
            // "True" as a string is the boolean true
            HttpResponse<String> emp1 = scim("POST", "/Users", garbageUser("emp1", "\"True\"", "Employee"));
            assertEquals(201, emp1.statusCode(), emp1.body());
            assertEquals(true, json(emp1).path("active").booleanValue(), emp1.body());
            String emp1Id = json(emp1).path("id").asText();
            assertEquals(true, json(target("GET", "/api/users/" + emp1Id, null)).path("active").booleanValue());
            assertEquals(2, json(scim("GET", "/Users", null)).path("totalResults").asInt());
            String emp2 = posted(garbageUser("emp2", true, "Employee"));
            String emp3 = posted(garbageUser("emp3", true, "Employee"));

            HttpResponse<String> noUserName = scim("POST", "/Users", garbageUser("", true, "Employee", "Bermuda", "{\"type\":\"other\",\"value\":\"x@y.z\"}"));
            assertEquals(400, noUserName.statusCode(), noUserName.body());
            assertTrue(json(noUserName).path("detail").asText().contains("userName"), noUserName.body());
            HttpResponse<String> junk = scim("POST", "/Users", "{\n \"acve\": tre,\n \"userName\": \"x\"}");
            assertEquals(400, junk.statusCode(), junk.body());
            assertEquals("invalidSyntax", json(junk).path("scimType").asText(), junk.body());
            for (int attempt = 0; attempt < 2; attempt++) {
                HttpResponse<String> duplicate = scim("POST", "/Users", garbageUser("emp3", true, "Employee"));
                assertEquals(409, duplicate.statusCode(), duplicate.body());
                assertEquals("uniqueness", json(duplicate).path("scimType").asText(), duplicate.body());
                assertTrue(json(duplicate).path("detail").asText().contains("emp3"), duplicate.body());
            }
            assertEquals(1, targetItems("/api/users?userName=emp3").size(), "the directory holds one emp3");

            HttpResponse<String> misspeltUserName = scim("PUT", "/Users/" + first,
                    garbageUser("\"id\":\"" + first + "\",\"userame\":\"OMalley\",", false, "OMalley", "Germany", "{\"type\":\"other\",\"value\":\"x@y.z\"}"));
            assertEquals(400, misspeltUserName.statusCode(), misspeltUserName.body());
            HttpResponse<String> misspelt = scim("PUT", "/Users/" + first,
                    garbageUser("OMalley", false, "OMalley").replace("\"addresses\"", "\"adreses\""));
            assertEquals(400, misspelt.statusCode(), misspelt.body());
            assertTrue(json(misspelt).path("detail").asText().contains("adreses"), misspelt.body());
            String enterprise = posted(garbageUser("enterprise", true, "Employee")
                    .replace("\"displayName\"", "\"" + ENTERPRISE + "\":{\"Department\":\"some department\"},\"displayName\""));

            assertPatched(scim("PATCH", "/Users/" + first, patch("Replace", "userName", "\"newusername\"")));
            assertPatched(scim("PATCH", "/Users/" + first, patch("Replace", "active", "false")));
            JsonNode patched = json(scim("GET", "/Users/" + first, null));
            assertEquals("newusername", patched.path("userName").asText(), patched.toString());
            assertFalse(patched.path("active").asBoolean(true), patched.toString());
            assertEquals(false, json(target("GET", "/api/users/" + first, null)).path("active").booleanValue());
            HttpResponse<String> put = scim("PUT", "/Users/" + first, garbageUser("\"id\":\"" + first + "\",\"userName\":\"OMalley\",",
                    false, "OMalley", "Germany", "{\"type\":\"other\",\"primary\":false,\"value\":\"anna33@gmail.com\"}"));
            assertOk(put);
            assertEquals("OMalley", json(put).path("userName").asText());
            assertFalse(json(put).path("active").asBoolean(true), put.body());
            assertEquals("Germany", json(put).path("addresses").get(0).path("country").asText(), put.body());

            JsonNode page = json(scim("GET", "/Users?startIndex=1&count=2", null));
            assertEquals(5, page.path("totalResults").asInt(), page.toString());
            assertEquals(2, page.path("itemsPerPage").asInt(), page.toString());
            JsonNode employees = json(scim("GET", "/Users?filter=" + URLEncoder.encode(
                    "name.FamilyName eq Employee and (emails.Value co example.com or emails.Value co example.org)",
                    StandardCharsets.UTF_8), null));
            assertEquals(4, employees.path("totalResults").asInt(), employees.toString());
            JsonNode startsWithO = json(scim("GET", "/Users?filter=" + URLEncoder.encode("userName sw O", StandardCharsets.UTF_8), null));
            assertEquals(1, startsWithO.path("totalResults").asInt(), startsWithO.toString());
            JsonNode since2015 = json(scim("GET", "/Users?filter=" + URLEncoder.encode("meta.Created gt 2015-10-10T14:38:21.8617979-07:00",
                    StandardCharsets.UTF_8), null));
            assertEquals(5, since2015.path("totalResults").asInt(), since2015.toString());

            HttpResponse<String> group = scim("POST", "/Groups", """
                    {"displayName":"Group 1","externalId":"015489ea-9410-4306-b583-9f002b2446f7","schemas":["%s"]}""".formatted(CORE_GROUP));
            assertEquals(201, group.statusCode(), group.body());
            String groupId = json(group).path("id").asText();
            // a bare string is the member's value; the directory has no user "string id 1" and refuses it
            HttpResponse<String> ghost = scim("PATCH", "/Groups/" + groupId, patch("add", "members", "\"string id 1\""));
            assertEquals(400, ghost.statusCode(), ghost.body());
            assertTrue(json(ghost).path("detail").asText().contains("string id 1"), ghost.body());
            assertEquals(List.of(), targetMembers(groupId));
            // the refusal is final: the refused member is not carried into the next change, so the
            // collection's second add (of "string id 2") and its PUT are judged on their own
            HttpResponse<String> ghost2 = scim("PATCH", "/Groups/" + groupId, patch("add", "members", "\"string id 2\""));
            assertEquals(400, ghost2.statusCode(), ghost2.body());
            assertTrue(json(ghost2).path("detail").asText().contains("string id 2"), ghost2.body());
            assertFalse(json(ghost2).path("detail").asText().contains("string id 1"), ghost2.body());
            HttpResponse<String> renamed = scim("PUT", "/Groups/" + groupId, """
                    {"id":"%s","displayName":"Tiffany Ortiz","externalId":"6c6b54c2-fa81-4234-ad4f-420ec6808049","schemas":["%s"]}"""
                    .formatted(groupId, CORE_GROUP));
            assertOk(renamed);
            assertEquals("Tiffany Ortiz", json(renamed).path("displayName").asText());
            assertEquals("Tiffany Ortiz", json(target("GET", "/api/groups/" + groupId, null)).path("displayName").asText());
            assertEquals(List.of(), targetMembers(groupId));
            assertPatched(scim("PATCH", "/Groups/" + groupId, patch("add", "members", "\"" + emp2 + "\"")));
            assertEquals(List.of(emp2), targetMembers(groupId));
            JsonNode slim = json(scim("GET", "/Groups/" + groupId + "?excludedAttributes=members", null));
            assertFalse(slim.has("members"), slim.toString());
            assertEquals("6c6b54c2-fa81-4234-ad4f-420ec6808049", slim.path("externalId").asText(), slim.toString());

            for (String path : List.of("/Users/" + first, "/Users/" + emp1Id, "/Users/" + emp2, "/Users/" + emp3,
                    "/Users/" + enterprise, "/Groups/" + groupId)) {
                deleted(path);
            }
            assertEquals(0, json(scim("GET", "/Users?attributes=userName", null)).path("Resources").size());
            assertEquals(0, json(scim("GET", "/Groups", null)).path("Resources").size());
        }
    }

    // --- requests ---

    static String user(String userName, String givenName, String workEmail) {
        return """
                {"schemas":["%s"],"userName":"%s","active":true,"displayName":"%s",
                 "name":{"givenName":"%s","familyName":"Lovelace","formatted":"%s Lovelace"},
                 "emails":[{"type":"work","primary":true,"value":"%s"}]}"""
                .formatted(CORE_USER, userName, givenName, givenName, givenName, workEmail);
    }

    static String patch(String op, String path, String valueJson) {
        return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"" + op + "\",\"path\":\"" + path
                + "\",\"value\":" + valueJson + "}]}";
    }

    private static String createdUser(String userName) throws Exception {
        HttpResponse<String> created = scim("POST", "/Users", user(userName, "Test", userName + "@ug.example"));
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created).path("id").asText();
        assertEquals(200, target("GET", "/api/users/" + id, null).statusCode(), "the directory has " + id);
        return id;
    }

    private static void assertOk(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
    }

    /** The sample answers a PATCH 204 without a body (scim.patchAnswer: noContent), with the new ETag. */
    private static void assertPatched(HttpResponse<String> response) {
        assertEquals(204, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("ETag").isPresent(), response.headers().toString());
    }

    private static List<String> values(JsonNode members) {
        List<String> result = new ArrayList<>();
        members.forEach(m -> result.add(m.path("value").asText()));
        return result;
    }

    private static List<String> targetMembers(String group) throws Exception {
        HttpResponse<String> read = target("GET", "/api/groups/" + group, null);
        assertEquals(200, read.statusCode(), read.body());
        List<String> members = new ArrayList<>();
        json(read).path("members").forEach(m -> members.add(m.asText()));
        return members;
    }

    private static List<JsonNode> targetItems(String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        json(target("GET", path, null)).path("items").forEach(items::add);
        return items;
    }

    // --- plumbing, shared with the replay ---

    /** A SCIM request at the generic root with the sample's demo token; 503 (first import still running) is retried. */
    static HttpResponse<String> scim(String method, String path, String body) throws IOException, InterruptedException {
        return client.scim("directory", method, path, body);
    }

    static HttpResponse<String> target(String method, String path, String body) throws IOException, InterruptedException {
        return client.http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + directoryPort + path))
                .header("X-Api-Key", "demo-key").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> admin(String method, String path) throws IOException, InterruptedException {
        return client.admin(method, path);
    }

    static HttpResponse<String> eventually(StackClient.Call call, Predicate<HttpResponse<String>> done) throws Exception {
        return client.eventually(call, done);
    }

    static JsonNode json(HttpResponse<String> response) {
        return StackClient.json(response);
    }
}

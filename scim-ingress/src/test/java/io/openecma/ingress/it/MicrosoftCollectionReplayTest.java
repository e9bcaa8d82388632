package io.openecma.ingress.it;

import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ScimChangeEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request shapes of Microsoft's SCIM test collection (AzureAD/SCIMReferenceCode,
 * PostmanCollection.json: its endpoint, user, group, complex-attribute and "garbage" folders),
 * written here with our own bodies and checked against RFC 7643/7644 rather than against that
 * collection's own assertions (which expect, for instance, unknown attributes to be ignored). It
 * runs against "Replay": Users and Groups anchored on an id the target chooses, unmapped attributes
 * stored, PATCH answered 204 (scim.patchAnswer: noContent, what the collection expects). The test
 * plays the target: every create is confirmed at a new id.
 */
@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MicrosoftCollectionReplayTest extends ScimIngressTestBase {

    private static final String ROOT = "/scim/v2/" + TestConnectors.REPLAY;
    private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final AtomicInteger TARGET_IDS = new AtomicInteger(100);

    private static RequestSpecification client() {
        // the collection sends application/json
        return given().header("Authorization", "Bearer " + TestConnectors.REPLAY_TOKEN).contentType("application/json");
    }

    /** Sends a write and answers its change event as the target would: a create gets an id the target chose. */
    private static Response write(Supplier<Response> request) {
        CompletableFuture<Response> response = async(request);
        ScimChangeEvent event = core.await(e -> e.connector().equals(TestConnectors.REPLAY)).event();
        if (event.operation() == ChangeOperation.CREATE) {
            String prefix = event.objectType().equals("Group") ? "g-" : "u-";
            core.confirmAtReturnedAnchor(event, prefix + TARGET_IDS.incrementAndGet());
        } else {
            core.confirm(event);
        }
        return response.join();
    }

    private static String user(String userName, String displayName, String workEmail) {
        return """
                {"userName":"%s","active":true,"displayName":"%s","schemas":["%s","%s"],
                 "externalId":"${__UUID}",
                 "name":{"formatted":"Ryan Leenay","familyName":"Leenay","givenName":"Ryan"},
                 "emails":[{"Primary":true,"type":"work","value":"%s"},
                           {"Primary":false,"type":"home","value":"home-%s"}]}
                """.formatted(userName, displayName, USER, ENTERPRISE, workEmail, workEmail);
    }

    private static String created(String body) {
        Response response = write(() -> client().body(body).post(ROOT + "/Users"));
        response.then().statusCode(201).header("Location", equalTo(response.path("meta.location")));
        String id = response.path("id");
        assertTrue(id.startsWith("u-"), "the id is the one the target chose: " + id);
        return id;
    }

    @Test
    @Order(1)
    void endpoints() {
        client().get(ROOT + "/Users").then().statusCode(200)
                .body("schemas", hasItem("urn:ietf:params:scim:api:messages:2.0:ListResponse"));
        client().get(ROOT + "/Groups").then().statusCode(200).body("totalResults", equalTo(0));
        client().get(ROOT + "/ResourceTypes").then().statusCode(200)
                .body("Resources.endpoint", hasItems("/Users", "/Groups"));
        client().get(ROOT + "/serviceConfiguration").then().statusCode(200)
                .body("patch.supported", equalTo(true)).body("bulk.supported", equalTo(true))
                .body("etag.supported", equalTo(true));
        client().get(ROOT + "/Schemas").then().statusCode(200).body("Resources.description", hasItem("User Account"));
    }

    @Test
    @Order(2)
    void users() {
        String id1 = created(user("UserName123", "BobIsAmazing", "testing@bob.com"));
        // the same externalId placeholder again: no conflict, the target chooses the ids
        String id2 = created(user("UserName222", "lennay", "testing@bob2.com").replace("\"externalId\"",
                "\"" + ENTERPRISE + "\":{\"Department\":\"bob\",\"Manager\":{\"Value\":\"SuzzyQ\"}},\"externalId\""));
        client().get(ROOT + "/Users/" + id1).then().statusCode(200).body("id", equalTo(id1))
                .body("name.formatted", equalTo("Ryan Leenay")).body("emails.value", hasItem("home-testing@bob.com"));
        Response second = client().get(ROOT + "/Users/" + id2);
        second.then().statusCode(200).body("id", equalTo(id2)).body("schemas", hasItem(ENTERPRISE));
        // the enterprise attributes have no mapping on this connector: stored and returned
        com.fasterxml.jackson.databind.JsonNode enterprise = io.openecma.schemas.events.Json.read(
                second.asByteArray(), com.fasterxml.jackson.databind.JsonNode.class).path(ENTERPRISE);
        assertEquals("bob", enterprise.path("department").asText(), enterprise.toString());
        assertEquals("SuzzyQ", enterprise.path("manager").path("value").asText(), enterprise.toString());
        client().queryParam("attributes", "userName,emails").get(ROOT + "/Users").then().statusCode(200)
                .body("Resources.id", hasItem(id1)).body("Resources[0]", not(hasKey("name")));
        // the collection's trailing slash and attribute name in another case
        client().queryParam("filter", "DisplayName eq \"BobIsAmazing\"").get(ROOT + "/Users/").then()
                .statusCode(200).body("Resources.id", equalTo(List.of(id1)));

        write(() -> client().body("""
                {"schemas":["%s"],"Operations":[{"op":"replace","path":"userName","value":"ryan3"}]}
                """.formatted(PATCH_OP)).patch(ROOT + "/Users/" + id1)).then().statusCode(204)
                .header("ETag", notNullValue()).body(emptyString());
        client().get(ROOT + "/Users/" + id1).then().body("id", equalTo(id1)).body("userName", equalTo("ryan3"));

        write(() -> client().body(user("UserNameReplace2", "BobIsAmazing", "testing@bobREPLACE.com")
                .replace("Ryan Leenay", "NewName").replace("\"userName\"", "\"id\":\"" + id2 + "\",\"userName\""))
                .put(ROOT + "/Users/" + id2)).then().statusCode(200);
        client().get(ROOT + "/Users/" + id2).then().statusCode(200).body("name.formatted", equalTo("NewName"))
                .body("userName", equalTo("UserNameReplace2"));

        for (String id : List.of(id1, id2)) {
            write(() -> client().delete(ROOT + "/Users/" + id)).then().statusCode(204);
            client().get(ROOT + "/Users/" + id).then().statusCode(404);
        }
    }

    @Test
    @Order(3)
    void groups() {
        Response empty = write(() -> client().body("""
                {"externalId":"${__UUID}","schemas":["%s"],"displayName":"Group1DisplayName","members":[]}
                """.formatted(GROUP)).post(ROOT + "/Groups"));
        empty.then().statusCode(201).body("displayName", equalTo("Group1DisplayName"));
        String group1 = empty.path("id");
        String id3 = created(user("UserName333", "lennay", "testing@bob2.com"));
        String id4 = created(user("UserName444", "lennay", "testing@bob2.com"));
        Response filled = write(() -> client().body("""
                {"schemas":["%s"],"externalId":"${__UUID}","displayName":"GroupDisplayName2",
                 "members":[{"value":"%s","display":"VP"}]}""".formatted(GROUP, id3)).post(ROOT + "/Groups"));
        filled.then().statusCode(201).body("members.value", equalTo(List.of(id3)));
        String group2 = filled.path("id");
        client().get(ROOT + "/Groups").then().statusCode(200).body("totalResults", equalTo(2));

        Response third = write(() -> client().body("""
                {"schemas":["%s"],"externalId":"${__UUID}","displayName":"GroupDisplayName3","members":[]}
                """.formatted(GROUP)).post(ROOT + "/Groups"));
        String group3 = third.path("id");
        write(() -> client().body("""
                {"schemas":["%s"],"id":"%s","displayName":"putName",
                 "members":[{"value":"%s","display":"VP"},{"value":"%s","display":"SenorVP"}]}
                """.formatted(GROUP, group3, id3, id4)).put(ROOT + "/Groups/" + group3)).then().statusCode(200);
        client().get(ROOT + "/Groups/" + group3).then().statusCode(200).body("id", equalTo(group3))
                .body("displayName", equalTo("putName")).body("members.value", hasItems(id3, id4));

        // the collection names the member's display "displayName", which is not a sub-attribute of
        // members (RFC 7643 section 4.2): refused, naming it, before anything is sent
        client().body("""
                {"schemas":["%s"],"Operations":[{"name":"addMember","op":"add","path":"members",
                 "value":[{"displayName":"new User","value":"%s"}]}]}""".formatted(PATCH_OP, id4))
                .patch(ROOT + "/Groups/" + group1).then().statusCode(400).body("scimType", equalTo("invalidValue"))
                .body("detail", containsString("displayName"));
        String addId4 = """
                {"schemas":["%s"],"Operations":[{"name":"addMember","op":"add","path":"members",
                 "value":[{"display":"new User","value":"%s"}]}]}""".formatted(PATCH_OP, id4);
        write(() -> client().body(addId4).patch(ROOT + "/Groups/" + group1)).then().statusCode(204);
        client().get(ROOT + "/Groups/" + group1).then().statusCode(200).body("members.value", equalTo(List.of(id4)));
        write(() -> client().body("""
                {"schemas":["%s"],"Operations":[{"op":"remove","path":"members[value eq \\"%s\\"]"}]}
                """.formatted(PATCH_OP, id4)).patch(ROOT + "/Groups/" + group1)).then().statusCode(204);
        client().get(ROOT + "/Groups/" + group1).then().statusCode(200).body("$", not(hasKey("members")));
        write(() -> client().body(addId4).patch(ROOT + "/Groups/" + group1)).then().statusCode(204);
        client().get(ROOT + "/Groups/" + group1).then().statusCode(200).body("members.value", equalTo(List.of(id4)));
        write(() -> client().body("""
                {"schemas":["%s"],"Operations":[{"op":"remove","path":"members"}]}""".formatted(PATCH_OP))
                .patch(ROOT + "/Groups/" + group1)).then().statusCode(204);
        client().get(ROOT + "/Groups/" + group1).then().statusCode(200).body("$", not(hasKey("members")));
        client().queryParam("excludedAttributes", "members").get(ROOT + "/Groups/" + group2).then().statusCode(200)
                .body("$", not(hasKey("members"))).body("displayName", equalTo("GroupDisplayName2"));

        for (String path : List.of("/Users/" + id3, "/Users/" + id4, "/Groups/" + group1, "/Groups/" + group2,
                "/Groups/" + group3)) {
            write(() -> client().delete(ROOT + path)).then().statusCode(204);
        }
    }

    @Test
    @Order(4)
    void complexAttributes() {
        String id1 = created(user("UserName111", "BobIsAmazing", "emailName357"));
        String id2 = created(user("UserName222", "BobIsAmazing", "jump@bob.com"));
        client().queryParam("attributes", "emails[type eq \"work\"]").get(ROOT + "/Users").then().statusCode(200)
                .body("Resources.emails.value.flatten()", hasItems("emailName357", "jump@bob.com"))
                .body("Resources.emails.value.flatten()", not(hasItem("home-emailName357")));
        client().queryParam("attributes", "emails[value eq \"emailName357\"]").get(ROOT + "/Users").then()
                .statusCode(200).body(containsString("emailName357"));
        for (String id : List.of(id1, id2)) {
            write(() -> client().delete(ROOT + "/Users/" + id)).then().statusCode(204);
        }
    }

    private static String garbageUser(String userName, Object active, String familyName, String country) {
        return """
                {%s"active":%s,
                 "addresses":[{"country":"%s","formatted":"9132 Jennifer Way","locality":"West Mercedes",
                   "postalCode":"99265","region":"Montana","streetAddress":"4939 Hess Fork","type":"work","primary":false},
                  {"country":null,"formatted":"18522 Lisa Unions","locality":null,"type":"other","primary":false}],
                 "displayName":"Kimberly Baker",
                 "emails":[{"type":"work","primary":true,"value":"anna33@example.com"},
                           {"type":"other","primary":false,"value":"anna33@gmail.com"}],
                 "meta":{"created":"2019-09-18T18:15:26.5788954+00:00","resourceType":"User"},
                 "name":{"formatted":"Daniel Mcgee","familyName":"%s","givenName":"Darl","honorificPrefix":null},
                 "phoneNumbers":[{"type":"work","primary":true,"value":"312-320-0932"}],
                 "preferredLanguage":"xh","roles":[],"title":"Site engineer",
                 "externalId":"22fbc523-6032-4c5f-939d-5d4850cf3e52","schemas":["%s"]}
                """.formatted(userName == null ? "" : "\"userName\":\"" + userName + "\",", active, country, familyName,
                USER);
    }

    @Test
    @Order(5)
    void garbage() {
        Response omalley = write(() -> client().body(garbageUser("OMalley", true, "OMalley", "Bermuda"))
                .post(ROOT + "/Users"));
        omalley.then().statusCode(201).body("userName", equalTo("OMalley")).body("active", equalTo(true))
                .body("addresses[0].country", equalTo("Bermuda"));
        String first = omalley.path("id");
        CompletableFuture<Response> emp1 = async(() -> client().body(garbageUser("emp1", "\"True\"", "Employee",
                "Bermuda")).post(ROOT + "/Users"));
        ScimChangeEvent emp1Event = core.await(e -> e.connector().equals(TestConnectors.REPLAY)).event();
        assertEquals(Boolean.TRUE, emp1Event.active(), "\"True\" is the boolean true");
        core.confirmAtReturnedAnchor(emp1Event, "u-" + TARGET_IDS.incrementAndGet());
        emp1.join().then().statusCode(201).body("active", equalTo(true));
        String emp2 = created(garbageUser("emp2", true, "Employee", "Bermuda"));
        String emp3 = created(garbageUser("emp3", true, "Employee", "Bermuda"));

        client().body(garbageUser(null, true, "Employee", "Bermuda")).post(ROOT + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidValue")).body("detail", containsString("userName"));
        client().body("{\n    \"acve\": tre,\n    \"userName\": \"x\"}").post(ROOT + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidSyntax"));
        // a second emp3: the target refuses it (it owns the ids and the uniqueness of userName)
        CompletableFuture<Response> duplicate = async(() -> client().body(garbageUser("emp3", true, "Employee",
                "Bermuda")).post(ROOT + "/Users"));
        core.fail(core.await(e -> e.connector().equals(TestConnectors.REPLAY)).event(), 409, "uniqueness",
                "userName emp3 exists", null);
        duplicate.join().then().statusCode(409).body("scimType", equalTo("uniqueness"))
                .body("detail", containsString("emp3"));

        client().body(garbageUser(null, false, "Employee", "Germany")).put(ROOT + "/Users/" + first).then()
                .statusCode(400).body("detail", containsString("userName"));
        client().body(garbageUser("OMalley", false, "Employee", "Germany").replace("\"addresses\"", "\"adreses\""))
                .put(ROOT + "/Users/" + first).then().statusCode(400).body("scimType", equalTo("invalidValue"))
                .body("detail", containsString("adreses"));

        write(() -> client().body("""
                { "schemas":["%s"],"Operations":[{"op":"Replace","path":"userName","value":"newusername"}]}
                """.formatted(PATCH_OP)).patch(ROOT + "/Users/" + first)).then().statusCode(204);
        write(() -> client().body("""
                { "schemas":["%s"],"Operations":[{"op":"Replace","path":"active","value":false}]}
                """.formatted(PATCH_OP)).patch(ROOT + "/Users/" + first)).then().statusCode(204);
        client().get(ROOT + "/Users/" + first).then().body("userName", equalTo("newusername"))
                .body("active", equalTo(false));
        write(() -> client().body(garbageUser("OMalley", false, "OMalley", "Germany")).put(ROOT + "/Users/" + first))
                .then().statusCode(200).body("userName", equalTo("OMalley")).body("active", equalTo(false))
                .body("addresses[0].country", equalTo("Germany"));

        client().queryParam("startIndex", "1").queryParam("count", "2").get(ROOT + "/Users").then().statusCode(200)
                .body("totalResults", equalTo(4)).body("itemsPerPage", equalTo(2));
        client().queryParam("filter", "name.FamilyName eq Employee and (emails.Value co example.com or"
                + " emails.Value co example.org)").get(ROOT + "/Users").then().statusCode(200)
                .body("totalResults", equalTo(3));
        client().queryParam("filter", "userName sw O").get(ROOT + "/Users").then().body("totalResults", equalTo(1));
        client().queryParam("filter", "meta.Created gt 2015-10-10T14:38:21.8617979-07:00").get(ROOT + "/Users")
                .then().body("totalResults", equalTo(4));

        Response group = write(() -> client().body("""
                {"displayName":"Group 1","schemas":["%s"]}""".formatted(GROUP)).post(ROOT + "/Groups"));
        String groupId = group.path("id");
        write(() -> client().body("""
                {"id":"%s","Operations":[{"op":"add","path":"members","value":"%s"}],"schemas":["%s"]}
                """.formatted(groupId, emp2, PATCH_OP)).patch(ROOT + "/Groups/" + groupId)).then().statusCode(204);
        client().get(ROOT + "/Groups/" + groupId).then().statusCode(200).body("members.value", equalTo(List.of(emp2)));
        client().queryParam("excludedAttributes", "members").get(ROOT + "/Groups/" + groupId).then()
                .statusCode(200).body("$", not(hasKey("members")));
        write(() -> client().body("""
                {"id":"%s","displayName":"Tiffany Ortiz","schemas":["%s"]}""".formatted(groupId, GROUP))
                .put(ROOT + "/Groups/" + groupId)).then().statusCode(200).body("displayName", equalTo("Tiffany Ortiz"));

        for (String path : List.of("/Users/" + first, "/Users/" + emp2, "/Users/" + emp3, "/Groups/" + groupId)) {
            write(() -> client().delete(ROOT + path)).then().statusCode(204);
        }
    }
}

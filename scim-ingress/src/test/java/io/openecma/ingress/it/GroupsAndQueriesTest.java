package io.openecma.ingress.it;

import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.DeltaKind;
import io.openecma.schemas.events.ScimChangeEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
class GroupsAndQueriesTest extends ScimIngressTestBase {

    private static final String ECMA = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User";

    private ScimChangeEvent patchGroup(String id, String body, int status) {
        CompletableFuture<Response> response = async(() -> hr().body(body).patch(BASE + "/Groups/" + id));
        ScimChangeEvent event = core.awaitChange(TestConnectors.HR, id).event();
        core.confirm(event);
        response.join().then().statusCode(status);
        return event;
    }

    @Test
    void groupsAreCreatedEmptyAndMembersAddedAndRemovedOneByOne() {
        CompletableFuture<Response> created = async(() -> hr().body("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Sales","members":[]}
                """).post(BASE + "/Groups"));
        ScimChangeEvent create = core.awaitChange(TestConnectors.HR, "Sales").event();
        assertEquals("Group", create.objectType());
        assertEquals(ChangeOperation.CREATE, create.operation());
        core.confirm(create);
        created.join().then().statusCode(201).body("id", equalTo("Sales")).body("displayName", equalTo("Sales"));

        ScimChangeEvent add = patchGroup("Sales", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                {"op":"Add","path":"members","value":[{"value":"u1"},{"value":"u2"},{"value":"u3"}]}]}""", 200);
        assertEquals(List.of(new AttributeDelta("member", DeltaKind.ADD_VALUES, List.of("u1", "u2", "u3"))),
                add.deltas());

        ScimChangeEvent remove = patchGroup("Sales", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                {"op":"Remove","path":"members","value":[{"value":"u2"}]}]}""", 200);
        assertEquals(List.of(new AttributeDelta("member", DeltaKind.REMOVE_VALUES, List.of("u2"))), remove.deltas());

        ScimChangeEvent filtered = patchGroup("Sales", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                {"op":"remove","path":"members[value eq \\"u1\\"]"},
                {"op":"add","path":"members","value":[{"value":"u4"}]}]}""", 200);
        assertEquals(Map.of(DeltaKind.REMOVE_VALUES, List.of("u1"), DeltaKind.ADD_VALUES, List.of("u4")),
                filtered.deltas().stream().collect(java.util.stream.Collectors.toMap(AttributeDelta::kind,
                        AttributeDelta::values)));

        hr().get(BASE + "/Groups/Sales").then().statusCode(200)
                .body("members.value", containsInAnyOrder("u3", "u4"));
        hr().queryParam("excludedAttributes", "members").get(BASE + "/Groups/Sales").then().statusCode(200)
                .body("$", not(hasKey("members"))).body("displayName", equalTo("Sales"));
        hr().queryParam("filter", "displayName eq \"sales\"").queryParam("excludedAttributes", "members")
                .get(BASE + "/Groups").then().statusCode(200).body("totalResults", equalTo(1))
                .body("Resources[0]", not(hasKey("members")));
        hr().queryParam("filter", "members[value eq \"u3\"]").get(BASE + "/Groups").then()
                .body("totalResults", equalTo(1));
        hr().queryParam("filter", "members.value eq \"u2\"").get(BASE + "/Groups").then()
                .body("totalResults", equalTo(0));
    }

    @Test
    void pagingSortingAndTheFullFilterGrammarRunInPostgres() {
        for (int i = 1; i <= 5; i++) {
            core.seed(TestConnectors.HR, "User", "page" + i, Map.of("login", "page" + i, "firstName", "F" + i,
                    "employeeId", (long) (100 + i), "IsActive", i % 2 == 0, "proxyAddresses", List.of("smtp:p" + i + "@x")),
                    i != 5);
        }
        hr().queryParam("filter", "userName sw \"page\"").queryParam("sortBy", "userName")
                .queryParam("sortOrder", "descending").queryParam("startIndex", "2").queryParam("count", "2")
                .get(BASE + "/Users").then().statusCode(200)
                .body("totalResults", equalTo(5)).body("startIndex", equalTo(2)).body("itemsPerPage", equalTo(2))
                .body("Resources.id", contains("page4", "page3"));
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("userName sw \"page\" and " + ECMA + ":employeeId gt 103", 2);
        expected.put("userName sw \"page\" and " + ECMA + ":employeeId le 102", 2);
        expected.put("userName sw \"page\" and not (" + ECMA + ":IsActive eq true)", 3);
        expected.put("(userName eq \"page1\" or userName eq \"page2\") and name.givenName pr", 2);
        expected.put("userName ew \"ge3\"", 1);
        expected.put("userName co \"age\" and active eq false", 1);
        expected.put(ECMA + ":proxyAddresses eq \"smtp:p2@x\"", 1);
        expected.put(ECMA + ":proxyAddresses co \"P3@\"", 1);
        expected.put("userName sw \"page\" and " + ECMA + ":department pr", 0);
        expected.put("id eq \"page1\"", 1);
        expected.put("userName sw \"page\" and meta.lastModified gt \"2000-01-01T00:00:00Z\"", 5);
        expected.put("userName sw \"page\" and nickName eq \"x\"", 0);
        expected.put("userName sw \"page\" and not (PLACEHOLDER eq \"x\")", 5);
        expected.put("userName eq \"50%_off\"", 0);
        expected.forEach((filter, count) -> hr().queryParam("filter", filter).get(BASE + "/Users")
                .then().statusCode(200).body("totalResults", equalTo(count)));
        hr().body("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"filter\":\"userName sw \\\"page\\\"\",\"startIndex\":1,\"count\":1,\"attributes\":[\"userName\"]}")
                .post(BASE + "/Users/.search").then().statusCode(200).body("totalResults", equalTo(5))
                .body("itemsPerPage", equalTo(1)).body("Resources[0]", not(hasKey("name")));
        hr().queryParam("filter", ECMA + ":employeeId gt \"lots\"").get(BASE + "/Users")
                .then().statusCode(400).body("scimType", equalTo("invalidFilter"));
    }

    @Test
    void discoveryEndpointsDescribeTheConnector() {
        hr().get(BASE + "/Schemas").then().statusCode(200)
                .body("Resources.id", hasItems("urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:core:2.0:Group",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", ECMA));
        hr().get(BASE + "/Schemas/" + ECMA).then().statusCode(200)
                .body("attributes.find { it.name == 'login' }.type", equalTo("string"))
                .body("attributes.find { it.name == 'employeeId' }.type", equalTo("integer"))
                .body("attributes.find { it.name == 'IsActive' }.type", equalTo("boolean"))
                .body("attributes.find { it.name == 'photo' }.type", equalTo("binary"))
                .body("attributes.find { it.name == 'manager' }.type", equalTo("reference"))
                .body("attributes.find { it.name == 'proxyAddresses' }.multiValued", equalTo(true));
        hr().get(BASE + "/ResourceTypes").then().statusCode(200).body("Resources.name", hasItems("User", "Group"))
                .body("Resources.find { it.name == 'User' }.schemaExtensions.schema", hasItem(ECMA));
        hr().get(BASE + "/ServiceProviderConfig").then().statusCode(200).body("patch.supported", equalTo(true))
                .body("filter.supported", equalTo(true)).body("bulk.supported", equalTo(true))
                .body("etag.supported", equalTo(true))
                .body("authenticationSchemes[0].type", equalTo("oauthbearertoken"));
        hr().get("/ecma2host_Other/scim/Schemas").then().statusCode(401);
        hr().get(BASE + "/Schemas/urn:nope").then().statusCode(404).body("detail", not(nullValue()));
    }
}

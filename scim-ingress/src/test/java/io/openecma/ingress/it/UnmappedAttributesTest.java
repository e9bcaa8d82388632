package io.openecma.ingress.it;

import io.openecma.schemas.events.ScimChangeEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An attribute no mapping names is never dropped without a word: "Other" (the default,
 * scim.unmappedAttributes: reject) refuses the write naming it; "HR" (store, in scimExtra) keeps it
 * and returns it.
 */
@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
class UnmappedAttributesTest extends ScimIngressTestBase {

    private static final String OTHER_BASE = "/ecma2host_" + TestConnectors.OTHER + "/scim";

    private static io.restassured.specification.RequestSpecification other() {
        return given().header("Authorization", "Bearer " + TestConnectors.OTHER_TOKEN).contentType(SCIM_JSON);
    }

    @Test
    void rejectRefusesTheWriteNamingEveryUnmappedAttribute() {
        other().body("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"um1","nickName":"Babs",
                 "name":{"givenName":"Barbara","formatted":"Barbara Jensen"},
                 "emails":[{"type":"home","value":"b@home.example"}]}""")
                .post(OTHER_BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidValue"))
                .body("detail", containsString("nickName"))
                .body("detail", containsString("name.formatted"))
                .body("detail", containsString("emails[type eq \"home\"]"));
        core.seed(TestConnectors.OTHER, "User", "um-o", java.util.Map.of("login", "um-o", "firstName", "B"), true);
        other().body("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                {"op":"add","path":"nickName","value":"Babs"}]}""")
                .patch(OTHER_BASE + "/Users/um-o").then().statusCode(400)
                .body("scimType", equalTo("invalidValue")).body("detail", containsString("nickName"));
        assertEquals("B", core.attributes(TestConnectors.OTHER, "User", "um-o").get("firstName"));
    }

    @Test
    void storeKeepsThemAndReturnsThem() {
        CompletableFuture<Response> created = async(() -> hr().body("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"um2","externalId":"ext-um2",
                 "nickName":"Babs","title":"Engineer","name":{"givenName":"Barbara","formatted":"Barbara Jensen"},
                 "emails":[{"type":"work","value":"um2@work.example","primary":true},
                           {"type":"home","value":"um2@home.example"}],
                 "phoneNumbers":[{"type":"fax","value":"555-0100"}],"roles":[]}""").post(BASE + "/Users"));
        ScimChangeEvent event = core.awaitChange(TestConnectors.HR, "um2").event();
        String stored = event.deltas().stream().filter(d -> d.attribute().equals("scimExtra")).findFirst()
                .orElseThrow().values().get(0).toString();
        assertEquals("{\"emails\":[{\"type\":\"home\",\"value\":\"um2@home.example\"}],\"externalId\":\"ext-um2\","
                + "\"name\":{\"formatted\":\"Barbara Jensen\"},\"nickName\":\"Babs\",\"phoneNumbers\":[{\"type\":\"fax\","
                + "\"value\":\"555-0100\"}],\"title\":\"Engineer\"}", stored);
        core.confirm(event);
        created.join().then().statusCode(201).body("nickName", equalTo("Babs"));
        hr().get(BASE + "/Users/um2").then().statusCode(200)
                .body("externalId", equalTo("ext-um2")).body("nickName", equalTo("Babs"))
                .body("name.givenName", equalTo("Barbara")).body("name.formatted", equalTo("Barbara Jensen"))
                .body("emails.value", hasItem("um2@work.example")).body("emails.value", hasItem("um2@home.example"))
                .body("phoneNumbers[0].value", equalTo("555-0100"));

        // a PATCH of a stored attribute changes only the store
        CompletableFuture<Response> patched = async(() -> hr().body("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                {"op":"replace","path":"nickName","value":"Barb"},{"op":"remove","path":"phoneNumbers"}]}""")
                .patch(BASE + "/Users/um2"));
        ScimChangeEvent patch = core.awaitChange(TestConnectors.HR, "um2").event();
        assertEquals(1, patch.deltas().size(), patch.deltas().toString());
        assertEquals("scimExtra", patch.deltas().get(0).attribute());
        core.confirm(patch);
        patched.join().then().statusCode(200).body("nickName", equalTo("Barb"))
                .body("phoneNumbers", equalTo(null));
        // the store is the ingress's own: not an extension attribute clients see
        hr().get(BASE + "/Schemas/urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User").then()
                .statusCode(200).body("attributes.name", org.hamcrest.Matchers.not(hasItem("scimExtra")));
    }
}

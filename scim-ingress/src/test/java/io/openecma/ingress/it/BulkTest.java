package io.openecma.ingress.it;

import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ScimChangeEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bulk (RFC 7644 section 3.7) through the real ingress: each operation is one change event answered
 * by the test's sync-core stand-in, exactly as the single request would be.
 */
@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
class BulkTest extends ScimIngressTestBase {

    private static final String BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    @Test
    void operationsRunInTurnAndBulkIdsResolveToTheCreatedIds() {
        CompletableFuture<Response> bulk = async(() -> hr().body("""
                {"schemas":["%s"],"Operations":[
                 {"method":"POST","path":"/Groups","bulkId":"g1","data":{
                   "schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"BulkGroup",
                   "members":[{"value":"bulkId:u1"}]}},
                 {"method":"POST","path":"/Users","bulkId":"u1","data":{
                   "schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bulk-u1"}},
                 {"method":"PATCH","path":"/Users/bulkId:u1","data":{
                   "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                   "Operations":[{"op":"replace","path":"name.givenName","value":"Bulky"}]}}]}
                """.formatted(BULK)).post(BASE + "/Bulk"));
        // the group refers to u1, so it waits until u1 exists; the PATCH refers to u1 too
        ScimChangeEvent user = core.awaitChange(TestConnectors.HR, "bulk-u1").event();
        assertEquals(ChangeOperation.CREATE, user.operation());
        core.confirm(user);
        ScimChangeEvent group = core.awaitChange(TestConnectors.HR, "BulkGroup").event();
        assertEquals(List.of("bulk-u1"), group.deltas().stream().filter(d -> d.attribute().equals("member"))
                .findFirst().orElseThrow().values());
        core.confirm(group);
        ScimChangeEvent patch = core.awaitChange(TestConnectors.HR, "bulk-u1").event();
        assertEquals(ChangeOperation.MODIFY, patch.operation());
        core.confirm(patch);
        bulk.join().then().statusCode(200)
                .body("schemas[0]", equalTo("urn:ietf:params:scim:api:messages:2.0:BulkResponse"))
                .body("Operations", hasSize(3))
                .body("Operations[0].bulkId", equalTo("g1")).body("Operations[0].status", equalTo("201"))
                .body("Operations[0].location", endsWith(BASE + "/Groups/BulkGroup"))
                .body("Operations[1].bulkId", equalTo("u1")).body("Operations[1].status", equalTo("201"))
                .body("Operations[1].location", endsWith(BASE + "/Users/bulk-u1"))
                .body("Operations[2].status", equalTo("200"));
        hr().get(BASE + "/Users/bulk-u1").then().statusCode(200).body("name.givenName", equalTo("Bulky"));
    }

    @Test
    void errorsAreAnsweredPerOperationAndFailOnErrorsStops() {
        core.seed(TestConnectors.HR, "User", "bulk-keep", java.util.Map.of("login", "bulk-keep"), true);
        // failOnErrors 1: the first error ends the run, the DELETE behind it is not tried
        hr().body("""
                {"schemas":["%s"],"failOnErrors":1,"Operations":[
                 {"method":"POST","path":"/Users","bulkId":"bad","data":{"displayName":"no userName"}},
                 {"method":"DELETE","path":"/Users/bulk-keep"}]}
                """.formatted(BULK)).post(BASE + "/Bulk").then().statusCode(200)
                .body("Operations", hasSize(1))
                .body("Operations[0].status", equalTo("400"))
                .body("Operations[0].response.scimType", equalTo("invalidValue"));
        hr().get(BASE + "/Users/bulk-keep").then().statusCode(200);

        // without failOnErrors every operation is tried; one referring to a failed create is 409
        hr().body("""
                {"schemas":["%s"],"Operations":[
                 {"method":"POST","path":"/Users","bulkId":"bad","data":{"displayName":"no userName"}},
                 {"method":"PATCH","path":"/Users/bulkId:bad","data":{"Operations":[
                   {"op":"replace","path":"name.givenName","value":"x"}]}},
                 {"method":"PUT","path":"/Users/nobody","data":{"userName":"nobody"}},
                 {"method":"DELETE","path":"/Users/bulk-keep","version":"W/\\"999\\""},
                 {"method":"GET","path":"/Users/bulk-keep"}]}
                """.formatted(BULK)).post(BASE + "/Bulk").then().statusCode(200)
                .body("Operations.status", org.hamcrest.Matchers.contains("400", "409", "404", "412", "405"));
        hr().get(BASE + "/Users/bulk-keep").then().statusCode(200);
    }

    @Test
    void limitsAreAdvertisedAndMoreOperationsAre413() {
        Response config = hr().get(BASE + "/ServiceProviderConfig");
        config.then().statusCode(200).body("bulk.supported", equalTo(true));
        int max = config.path("bulk.maxOperations");
        StringBuilder operations = new StringBuilder();
        for (int i = 0; i <= max; i++) {
            operations.append(i == 0 ? "" : ",").append("{\"method\":\"DELETE\",\"path\":\"/Users/x").append(i).append("\"}");
        }
        hr().body("{\"schemas\":[\"" + BULK + "\"],\"Operations\":[" + operations + "]}").post(BASE + "/Bulk")
                .then().statusCode(413).body("status", equalTo("413"));
        hr().body("{\"schemas\":[\"" + BULK + "\"]}").post(BASE + "/bulk").then().statusCode(400)
                .body("scimType", equalTo("invalidSyntax"));
    }
}

package io.openecma.ingress.it;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
class EntraProbeAndAuthTest extends ScimIngressTestBase {

    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    @Test
    void testConnectionProbeOnPlaceholderAnswersTheExactEmptyListResponse() {
        String body = hr().queryParam("filter", "PLACEHOLDER eq \"0c1e8f2a-5b7d-4c3e-9a1f-2d4b6e8c0a13\"")
                .queryParam("aadOptscim062020", "")
                .get(BASE + "/Users")
                .then().statusCode(200).contentType(SCIM_JSON).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],"
                + "\"totalResults\":0,\"Resources\":[],\"startIndex\":1,\"itemsPerPage\":0}", body);
    }

    @Test
    void groupsProbeIsNotA404() {
        hr().queryParam("filter", "displayName eq \"nope\"").get(BASE + "/Groups")
                .then().statusCode(200).body("totalResults", equalTo(0)).body("Resources", empty());
        given().header("Authorization", "Bearer " + TestConnectors.OTHER_TOKEN)
                .queryParam("filter", "displayName eq \"nope\"").get("/ecma2host_Other/scim/Groups")
                .then().statusCode(200).body("totalResults", equalTo(0));
    }

    @Test
    void connectorNamesAreCaseSensitiveAndUnknownOnesAreScim404() {
        hr().get("/ecma2host_hr/scim/Users").then().statusCode(404).contentType(SCIM_JSON)
                .body("schemas", hasItem(ERROR)).body("status", equalTo("404"))
                .body("detail", containsString("hr"));
        hr().get("/ecma2host_Nope/scim/Users").then().statusCode(404).body("status", equalTo("404"));
    }

    @Test
    void missingOrWrongTokenIs401AndATokenOfAnotherConnectorNeverOpensThisOne() {
        given().get(BASE + "/Users").then().statusCode(401).contentType(SCIM_JSON)
                .body("schemas", hasItem(ERROR)).body("status", equalTo("401"));
        given().header("Authorization", "Bearer wrong-token-123456").get(BASE + "/Users")
                .then().statusCode(401).body("status", equalTo("401"));
        given().header("Authorization", "Bearer " + TestConnectors.OTHER_TOKEN).get(BASE + "/Users")
                .then().statusCode(401).body("status", equalTo("401"));
        given().header("Authorization", "Bearer " + TestConnectors.HR_TOKEN).get("/ecma2host_Other/scim/Users")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + TestConnectors.OTHER_TOKEN).get("/ecma2host_Other/scim/Users")
                .then().statusCode(200);
    }

    @Test
    void frameworkErrorsAreScimBodiesToo() {
        hr().delete(BASE + "/Users").then().statusCode(405).contentType(SCIM_JSON).body("status", equalTo("405"));
        hr().get(BASE + "/Nothing").then().statusCode(404).contentType(SCIM_JSON).body("status", equalTo("404"));
        given().header("Authorization", "Bearer " + TestConnectors.HR_TOKEN).contentType("text/plain").body("x")
                .post(BASE + "/Users").then().statusCode(415).contentType(SCIM_JSON).body("status", equalTo("415"));
        hr().body("{\"userName\":\"" + "x".repeat(70_000) + "\"}").post(BASE + "/Users")
                .then().statusCode(413).contentType(SCIM_JSON).body("status", equalTo("413"));
    }

    @Test
    void whileSyncCoreRunsTheFirstImportRequestsGet503WithItsRetryAfter() {
        core.execute("INSERT INTO connector_state (connector, status, retry_after_seconds) VALUES (?, 'initial_import', 45)"
                + " ON CONFLICT (connector) DO UPDATE SET status = 'initial_import', retry_after_seconds = 45,"
                + " status_detail = NULL", TestConnectors.IMPORTING);
        String running = "connector " + TestConnectors.IMPORTING + " is running its first full import";
        importingUsersOnce(running).statusCode(503)
                .header("Retry-After", "45").body("status", equalTo("503")).body("detail", equalTo(running));
    }

    @Test
    void aConnectorWhoseFirstImportFailedAnswers503WithWhatSyncCoreSaysAboutIt() {
        String why = "the first full import of connector " + TestConnectors.IMPORTING + " failed at 2026-11-23T10:00:00Z:"
                + " Import script failed: crm database refused the login (Import.ps1:12); it is tried again from"
                + " 2026-11-23T10:01:00Z (checked every 30 s)";
        core.execute("INSERT INTO connector_state (connector, status, retry_after_seconds, status_detail)"
                + " VALUES (?, 'initial_import', 90, ?) ON CONFLICT (connector) DO UPDATE SET status = 'initial_import',"
                + " retry_after_seconds = 90, status_detail = EXCLUDED.status_detail", TestConnectors.IMPORTING, why);
        importingUsersOnce(why).statusCode(503)
                .contentType(SCIM_JSON).header("Retry-After", "90").body("schemas", hasItem(ERROR))
                .body("status", equalTo("503")).body("detail", equalTo(why));
        given().header("Authorization", "Bearer " + TestConnectors.OTHER_TOKEN).contentType(SCIM_JSON)
                .body("{\"userName\":\"early\"}").post("/ecma2host_" + TestConnectors.IMPORTING + "/scim/Users")
                .then().statusCode(503).header("Retry-After", "90").body("detail", equalTo(why));
    }

    /**
     * GET /Users of the importing connector once the ingress reads the connector_state row just
     * written (it keeps what it read for a short while, openecma.scim.status-cache), or after 10 s.
     */
    private static ValidatableResponse importingUsersOnce(String detail) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            Response response = given().header("Authorization", "Bearer " + TestConnectors.OTHER_TOKEN)
                    .get("/ecma2host_" + TestConnectors.IMPORTING + "/scim/Users");
            if (detail.equals(response.path("detail")) || System.currentTimeMillis() > deadline) {
                return response.then();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response.then();
            }
        }
    }

    @Test
    void badInputIsA400WithAPreciseDetailAndNeverA500() {
        hr().body("{\"userName\": ").post(BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidSyntax")).body("detail", containsString("JSON"));
        hr().body("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"displayName\":\"x\"}")
                .post(BASE + "/Users").then().statusCode(400).body("scimType", equalTo("invalidValue"))
                .body("detail", containsString("userName"));
        hr().body("{\"schemas\":[\"urn:example:unknown\"],\"userName\":\"x\"}").post(BASE + "/Users")
                .then().statusCode(400).body("detail", containsString("unknown schema"));
        hr().body("{\"userName\":\"x\",\"active\":\"perhaps\"}").post(BASE + "/Users")
                .then().statusCode(400).body("detail", containsString("active"));
        hr().body("{\"userName\":" + "[".repeat(100) + "]".repeat(100) + "}").post(BASE + "/Users")
                .then().statusCode(400).body("scimType", equalTo("invalidSyntax"));
        hr().body("{\"userName\":\"" + "y".repeat(40_000) + "\"}").post(BASE + "/Users")
                .then().statusCode(400).body("scimType", equalTo("invalidValue"))
                .body("detail", containsString("longer than"));
        hr().body("{\"userName\":\"x\",\"nosuch\":1}").post(BASE + "/Users")
                .then().statusCode(400).body("detail", containsString("nosuch"));
        hr().queryParam("filter", "userName eq").get(BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidFilter")).body("status", equalTo("400"));
        hr().queryParam("count", "many").get(BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidValue"));
        hr().get(BASE + "/Users/does-not-exist").then().statusCode(404).body("scimType", nullValue());
    }
}

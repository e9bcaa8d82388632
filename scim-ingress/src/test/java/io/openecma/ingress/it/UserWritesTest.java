package io.openecma.ingress.it;

import io.openecma.schemas.crypto.SealedBox;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.DeltaKind;
import io.openecma.schemas.events.PasswordPayload;
import io.openecma.schemas.events.ScimChangeEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes wait for the truth: each test answers the ingress's change event as sync-core would. */
@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
class UserWritesTest extends ScimIngressTestBase {

    private static final String ECMA = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static String entraUser(String login) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                  "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User"],
                 "externalId":"%1$s","userName":"%1$s","active":true,
                 "name":{"givenName":"Barbara","familyName":"Jensen"},
                 "emails":[{"type":"work","value":"%1$s@example.com","primary":true}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"701984"},
                 "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User":{"proxyAddresses":["smtp:%1$s@x"],"IsActive":"True"}}
                """.formatted(login);
    }

    /** POSTs a user and confirms it as sync-core would; returns the event. */
    private ScimChangeEvent created(String login) {
        CompletableFuture<Response> response = async(() -> hr().body(entraUser(login)).post(BASE + "/Users"));
        SyncCoreCounterpart.Received received = core.awaitChange(TestConnectors.HR, login);
        core.confirm(received.event());
        response.join().then().statusCode(201);
        return received.event();
    }

    @Test
    void postBecomesACreateEventAndIsAnswered201WithTheAnchorAsId() {
        CompletableFuture<Response> response = async(() -> hr().body(entraUser("bjensen")).post(BASE + "/Users"));
        SyncCoreCounterpart.Received received = core.awaitChange(TestConnectors.HR, "bjensen");
        ScimChangeEvent event = received.event();
        assertEquals("HR/bjensen", received.key());
        assertEquals(ChangeOperation.CREATE, event.operation());
        assertEquals("User", event.objectType());
        assertEquals("bjensen", event.scimId());
        assertEquals(Boolean.TRUE, event.active());
        assertNotNull(event.requestFingerprint());
        Map<String, AttributeDelta> deltas = byName(event.deltas());
        assertEquals(List.of("bjensen"), deltas.get("login").values());
        assertEquals(List.of("Barbara"), deltas.get("firstName").values());
        assertEquals(List.of("Jensen"), deltas.get("lastName").values());
        assertEquals(List.of("bjensen@example.com"), deltas.get("email").values());
        assertEquals(List.of(701984L), deltas.get("employeeId").values());
        assertEquals(List.of(true), deltas.get("IsActive").values());
        assertEquals(List.of("smtp:bjensen@x"), deltas.get("proxyAddresses").values());
        assertFalse(event.hasPassword());
        core.confirm(event);
        response.join().then().statusCode(201).contentType(SCIM_JSON)
                .header("Location", containsString(BASE + "/Users/bjensen"))
                .body("id", equalTo("bjensen"))
                .body("userName", equalTo("bjensen"))
                .body("name.givenName", equalTo("Barbara"))
                .body("emails[0].value", equalTo("bjensen@example.com"))
                .body("emails[0].type", equalTo("work"))
                .body("active", equalTo(true))
                .body("schemas", hasItem(ECMA))
                .body("'" + ECMA + "'.login", equalTo("bjensen"))
                .body("'" + ECMA + "'.IsActive", equalTo(true))
                .body("'" + ENTERPRISE + "'.employeeNumber", equalTo("701984"))
                .body("meta.resourceType", equalTo("User"));

        hr().get(BASE + "/Users/bjensen").then().statusCode(200).body("userName", equalTo("bjensen"))
                .body("'" + ECMA + "'.proxyAddresses[0]", equalTo("smtp:bjensen@x"));
    }

    @Test
    void aCreateIsAnsweredWithTheIdOfTheAnchorTheTargetChose() {
        CompletableFuture<Response> response = async(() -> hr().body(entraUser("provisional1")).post(BASE + "/Users"));
        ScimChangeEvent event = core.awaitChange(TestConnectors.HR, "provisional1").event();
        core.confirmAtReturnedAnchor(event, "hr-000042");
        response.join().then().statusCode(201)
                .header("Location", endsWith(BASE + "/Users/hr-000042"))
                .body("id", equalTo("hr-000042"))
                .body("meta.location", endsWith(BASE + "/Users/hr-000042"));
        hr().get(BASE + "/Users/hr-000042").then().statusCode(200).body("id", equalTo("hr-000042"));
    }

    @Test
    void entraLookupsAnswerFromTheConnectorSpace() {
        created("lookup1");
        // externalId is unmapped on HR, which keeps unmapped attributes in scimExtra: found there
        for (String filter : List.of("userName eq \"LOOKUP1\"", "externalId eq \"lookup1\"",
                ECMA + ":login eq \"lookup1\"", "emails[type eq \"work\"].value eq \"lookup1@example.com\"",
                "USERNAME eq \"lookup1\" and active eq true")) {
            hr().queryParam("filter", filter).queryParam("aadOptscim062020", "").get(BASE + "/Users")
                    .then().statusCode(200).body("totalResults", equalTo(1));
        }
        hr().queryParam("filter", "externalId eq \"someone-else\"").get(BASE + "/Users")
                .then().statusCode(200).body("totalResults", equalTo(0));
        hr().queryParam("filter", "userName eq \"lookup1\"").queryParam("attributes", "userName")
                .get(BASE + "/Users").then().statusCode(200)
                .body("Resources[0].id", equalTo("lookup1")).body("Resources[0].userName", equalTo("lookup1"))
                .body("Resources[0].name", equalTo(null));
    }

    @Test
    void entraDefaultPatchFormIsMappedToDeltas() {
        created("patch1");
        CompletableFuture<Response> response = async(() -> hr().body("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                {"op":"Replace","path":"active","value":"False"},
                {"op":"Add","path":"nickName","value":"Babs"},
                {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"x@example.com"},
                {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber","value":"42"}]}
                """).patch(BASE + "/Users/patch1"));
        ScimChangeEvent event = core.awaitChange(TestConnectors.HR, "patch1").event();
        assertEquals(ChangeOperation.MODIFY, event.operation());
        assertEquals(Boolean.FALSE, event.active());
        Map<String, AttributeDelta> deltas = byName(event.deltas());
        assertEquals(List.of("x@example.com"), deltas.get("email").values());
        assertEquals(List.of(42L), deltas.get("employeeId").values());
        // nickName has no mapping: HR keeps it with the other unmapped attributes (externalId) in scimExtra
        assertEquals(List.of("{\"externalId\":\"patch1\",\"nickName\":\"Babs\"}"), deltas.get("scimExtra").values());
        assertEquals(3, deltas.size(), "the rest did not change: " + event.deltas());
        core.confirm(event);
        response.join().then().statusCode(200).body("active", equalTo(false))
                .body("emails[0].value", equalTo("x@example.com"));
        // soft-deleted users stay readable by id and by filter
        hr().get(BASE + "/Users/patch1").then().statusCode(200).body("active", equalTo(false));
        hr().queryParam("filter", "userName eq \"patch1\"").get(BASE + "/Users").then().body("totalResults", equalTo(1));
    }

    @Test
    void aadOptscimFormWithPathlessDottedAndUrnKeysAndABareManagerString() {
        created("patch2");
        CompletableFuture<Response> response = async(() -> hr().queryParam("aadOptscim062020", "").body("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                {"op":"replace","value":{"name.givenName":"Kkom",
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Sales",
                   "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User:IsActive":false}},
                {"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"boss1"},
                {"op":"add","path":"urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User:proxyAddresses","value":["smtp:b@x"]}]}
                """).patch(BASE + "/Users/patch2"));
        ScimChangeEvent event = core.awaitChange(TestConnectors.HR, "patch2").event();
        Map<String, AttributeDelta> deltas = byName(event.deltas());
        assertEquals(List.of("Kkom"), deltas.get("firstName").values());
        assertEquals(List.of("Sales"), deltas.get("department").values());
        assertEquals(List.of(false), deltas.get("IsActive").values());
        assertEquals(List.of("boss1"), deltas.get("manager").values());
        assertEquals(DeltaKind.ADD_VALUES, deltas.get("proxyAddresses").kind());
        assertEquals(List.of("smtp:b@x"), deltas.get("proxyAddresses").values());
        assertNull(event.active());
        core.confirm(event);
        response.join().then().statusCode(200)
                .body("'" + ENTERPRISE + "'.manager.value", equalTo("boss1"))
                .body("name.givenName", equalTo("Kkom"));
    }

    @Test
    void aPatchThatChangesNothingIsAnsweredWithoutAnExport() {
        created("same1");
        hr().body("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + "{\"op\":\"Replace\",\"path\":\"name.givenName\",\"value\":\"Barbara\"}]}")
                .patch(BASE + "/Users/same1").then().statusCode(200).body("name.givenName", equalTo("Barbara"));
    }

    @Test
    void duplicateAnchorIs409Uniqueness() {
        core.seed(TestConnectors.HR, "User", "taken", Map.of("login", "taken", "firstName", "Someone"), true);
        hr().body(entraUser("taken")).post(BASE + "/Users").then().statusCode(409)
                .body("scimType", equalTo("uniqueness")).body("status", equalTo("409"));
    }

    @Test
    void scriptErrorsBecomeScimErrorsWithTheScriptsMessage() {
        CompletableFuture<Response> bad = async(() -> hr().body(entraUser("err1")).post(BASE + "/Users"));
        core.fail(core.awaitChange(TestConnectors.HR, "err1").event(), 400, "invalidValue",
                "Export script: department 'X' does not exist", null);
        bad.join().then().statusCode(400).body("scimType", equalTo("invalidValue"))
                .body("detail", equalTo("Export script: department 'X' does not exist"));

        CompletableFuture<Response> down = async(() -> hr().body(entraUser("err2")).post(BASE + "/Users"));
        core.fail(core.awaitChange(TestConnectors.HR, "err2").event(), 503, null, "ServerDownException: target down", 60);
        down.join().then().statusCode(503).header("Retry-After", "60").body("detail", containsString("target down"));

        CompletableFuture<Response> dup = async(() -> hr().body(entraUser("err3")).post(BASE + "/Users"));
        core.fail(core.awaitChange(TestConnectors.HR, "err3").event(), 409, "uniqueness", "exists in target", null);
        dup.join().then().statusCode(409).body("scimType", equalTo("uniqueness"));
    }

    @Test
    void aWaitTimeoutIs503WithRetryAfterAndTheChangeIsStillPublished() {
        Response response = hr().body(entraUser("slow1")).post(BASE + "/Users");
        response.then().statusCode(503).header("Retry-After", "7").body("detail", containsString("still being applied"));
        ScimChangeEvent first = core.awaitChange(TestConnectors.HR, "slow1").event();
        // the client retries the identical request: same fingerprint, so sync-core can answer it from its record
        CompletableFuture<Response> retry = async(() -> hr().body(entraUser("slow1")).post(BASE + "/Users"));
        ScimChangeEvent second = core.awaitChange(TestConnectors.HR, "slow1").event();
        assertEquals(first.requestFingerprint(), second.requestFingerprint());
        core.confirm(second);
        retry.join().then().statusCode(201).body("id", equalTo("slow1"));
    }

    @Test
    void passwordsTravelOnlyInAnEncryptedEnvelope() throws Exception {
        String body = entraUser("pw1").replace("\"active\":true", "\"active\":true,\"password\":\"S3cret!pass\"");
        CompletableFuture<Response> response = async(() -> hr().body(body).post(BASE + "/Users"));
        SyncCoreCounterpart.Received received = core.awaitChange(TestConnectors.HR, "pw1");
        ScimChangeEvent event = received.event();
        assertTrue(event.hasPassword());
        assertFalse(io.openecma.schemas.events.Json.write(event).contains("S3cret!pass"));
        assertTrue(event.deltas().stream().noneMatch(d -> d.attribute().equalsIgnoreCase("password")));
        // sealed with the password-worker's public key (default key id): only the private key opens it
        assertEquals("password-1", event.password().keyId());
        SealedBox box = SealedBox.forOpening("password-1", TestConnectors.PASSWORD_KEYS[1]);
        assertEquals("S3cret!pass", io.openecma.schemas.events.Json.read(box.open(event.password()),
                PasswordPayload.class).newPassword());
        core.confirm(event);
        response.join().then().statusCode(201).body(not(containsString("S3cret")));
    }

    @Test
    void putReplacesAndDeleteAnswers204() {
        created("put1");
        CompletableFuture<Response> put = async(() -> hr().body("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"put1",
                 "name":{"givenName":"Only"}}""").put(BASE + "/Users/put1"));
        ScimChangeEvent event = core.awaitChange(TestConnectors.HR, "put1").event();
        assertEquals(ChangeOperation.REPLACE, event.operation());
        Map<String, AttributeDelta> deltas = byName(event.deltas());
        assertEquals(List.of("Only"), deltas.get("firstName").values());
        assertEquals(DeltaKind.CLEAR, deltas.get("lastName").kind());
        assertEquals(DeltaKind.CLEAR, deltas.get("email").kind());
        // sync-core replaces every attribute on a PUT: the unchanged ones travel too (here the anchor)
        assertEquals(DeltaKind.REPLACE, deltas.get("login").kind());
        assertEquals(List.of("put1"), deltas.get("login").values());
        core.confirm(event);
        put.join().then().statusCode(200).body("name.givenName", equalTo("Only"));

        hr().body("{\"userName\":\"renamed\"}").put(BASE + "/Users/put1").then().statusCode(400)
                .body("scimType", equalTo("mutability"));

        CompletableFuture<Response> delete = async(() -> hr().delete(BASE + "/Users/put1"));
        ScimChangeEvent deleted = core.awaitChange(TestConnectors.HR, "put1").event();
        assertEquals(ChangeOperation.DELETE, deleted.operation());
        core.confirm(deleted);
        delete.join().then().statusCode(204);
        hr().get(BASE + "/Users/put1").then().statusCode(404);
    }

    @Test
    void theScimV2PathServesTheSameConnector() {
        created("v2user");
        hr().get("/scim/v2/HR/Users/v2user").then().statusCode(200).body("userName", equalTo("v2user"))
                .body("meta.location", containsString("/scim/v2/HR/Users/v2user"));
        hr().contentType("application/json").accept("application/json").get("/scim/v2/HR/Users/v2user")
                .then().statusCode(200).contentType("application/json");
    }

    private static Map<String, AttributeDelta> byName(List<AttributeDelta> deltas) {
        return deltas.stream().collect(java.util.stream.Collectors.toMap(AttributeDelta::attribute, d -> d));
    }
}

package io.openecma.core.console;

import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.EncryptedEnvelope;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.openecma.testsupport.SharedPostgres;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console over HTTP: nothing without a session, the sign-in, the pages' content and its actions. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class ConsoleTest extends WithWorkerSide {

    private static final List<String> PAGES = List.of("/console", "/console/connectors", "/console/connectors/hr/runs",
            "/console/space?connector=hr&q=e", "/console/connectors/hr/objects/User/e001", "/console/dead-letters",
            "/console/activity");

    @BeforeEach
    void connectorReady() {
        HrConnector.ensureReady(worker);
    }

    @Test
    void noPageOrActionIsReachableWithoutSigningIn() {
        for (String page : PAGES) {
            given().redirects().follow(false).get(page).then().statusCode(303)
                    .header("Location", containsString("/console/login"));
            given().redirects().follow(false).cookie(ConsoleSessions.COOKIE, "made-up").get(page).then().statusCode(303);
        }
        given().post("/console/connectors/hr/imports").then().statusCode(401);
        given().post("/console/dead-letters/" + UUID.randomUUID() + "/resolve").then().statusCode(401);
        given().post("/console/connectors/hr/objects/User/e001/retry").then().statusCode(401);
        given().get("/console/login").then().statusCode(200).body(containsString("Admin token"), not(containsString("Sign in with")));
        // OIDC is off unless configured: no provider is contacted and its sign-in page does not exist
        given().redirects().follow(false).get("/console/oidc/login").then().statusCode(404);
    }

    @Test
    void aWrongTokenIsRefusedAndTheRightOneOpensASessionUntilSignOut() {
        given().formParam("token", "not-the-token").post("/console/login").then().statusCode(401)
                .body(containsString("not the admin token"));
        Response signedIn = given().redirects().follow(false).formParam("token", "test-admin-token").post("/console/login");
        assertEquals(303, signedIn.statusCode());
        String setCookie = signedIn.header("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        String session = signedIn.cookie(ConsoleSessions.COOKIE);
        for (String page : PAGES) {
            given().cookie(ConsoleSessions.COOKIE, session).get(page).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("default-src 'self'"));
        }
        given().redirects().follow(false).cookie(ConsoleSessions.COOKIE, session).post("/console/logout").then().statusCode(303);
        given().redirects().follow(false).cookie(ConsoleSessions.COOKIE, session).get("/console/connectors").then().statusCode(303);
    }

    @Test
    void pagesShowTheConnectorItsRunsAndItsObjects() {
        String session = signIn();
        given().cookie(ConsoleSessions.COOKIE, session).get("/console/connectors").then().statusCode(200)
                .body(containsString("id=\"connector-hr\""), containsString(">ready<"), containsString("full-import-hr"));
        given().cookie(ConsoleSessions.COOKIE, session).get("/console/connectors/hr/runs").then().statusCode(200)
                .body(containsString("completed"), containsString("start"));
        // Other test classes share this application and change hr's objects: compare with the admin API's answer.
        List<Map<String, Object>> objects = given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .get("/admin/connectors/hr/objects?anchorPrefix=e00").then().statusCode(200).extract().jsonPath().getList("$");
        assertFalse(objects.isEmpty(), "hr has objects");
        String anchorPage = given().cookie(ConsoleSessions.COOKIE, session).queryParam("connector", "hr")
                .queryParam("by", "anchor").queryParam("q", "e00").get("/console/space").then().statusCode(200).extract().asString();
        for (Map<String, Object> object : objects) {
            assertTrue(anchorPage.contains(">" + object.get("anchor") + "<"), object.get("anchor") + " listed");
        }
        Map<String, Object> first = objects.get(0);
        Object userName = ((Map<?, ?>) first.get("attributes")).get("userName");
        if (userName != null) {
            given().cookie(ConsoleSessions.COOKIE, session).queryParam("connector", "hr").queryParam("by", "value")
                    .queryParam("q", userName.toString().toUpperCase(java.util.Locale.ROOT)).get("/console/space").then()
                    .statusCode(200).body(containsString(">" + first.get("anchor") + "<"));
            given().cookie(ConsoleSessions.COOKIE, session).queryParam("connector", "hr").queryParam("by", "value")
                    .queryParam("attribute", "title").queryParam("q", userName.toString()).get("/console/space").then()
                    .statusCode(200).body(not(containsString(">" + first.get("anchor") + "<")));
        }
        given().cookie(ConsoleSessions.COOKIE, session).get("/console/connectors/hr/objects/" + first.get("objectType") + "/"
                + first.get("anchor")).then().statusCode(200)
                .body(containsString("id=\"object-state\">" + first.get("state") + "<"));
        given().cookie(ConsoleSessions.COOKIE, session).get("/console/activity").then().statusCode(200)
                .body(containsString("<svg"), containsString("SCIM writes per second"));
    }

    @Test
    void aDeadLetterIsShownWithoutItsPasswordAndResolved() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = SharedPostgres.endpoint().dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO dead_letter (message_id, connector, original_topic,"
                     + " message_key, reason, payload) VALUES (?, 'hr', 'openecma.scim-changes', 'hr/e009', 'unreadable', ?)")) {
            insert.setObject(1, id);
            insert.setString(2, "{\"anchor\":\"e009\",\"password\":\"Sup3r-Secret-Pw\",\"changes\":[{\"name\":\"userPassword\","
                    + "\"values\":[\"An0ther-Secret\"]}],\"title\":\"Engineer\"}");
            insert.executeUpdate();
        }
        String session = signIn();
        String page = given().cookie(ConsoleSessions.COOKIE, session).get("/console/dead-letters").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains(id.toString()) && page.contains("Engineer"), page);
        assertTrue(!page.contains("Sup3r-Secret-Pw") && !page.contains("An0ther-Secret"), "no password on the page");
        assertTrue(page.contains(PayloadRedactor.HIDDEN), page);

        given().cookie(ConsoleSessions.COOKIE, session).header("Origin", "http://evil.example")
                .post("/console/dead-letters/" + id + "/resolve").then().statusCode(403);
        given().redirects().follow(false).cookie(ConsoleSessions.COOKIE, session)
                .post("/console/dead-letters/" + id + "/resolve").then().statusCode(303);
        given().cookie(ConsoleSessions.COOKIE, session).get("/console/dead-letters").then().statusCode(200)
                .body(not(containsString(id.toString())));
        given().cookie(ConsoleSessions.COOKIE, session).get("/console/dead-letters?all=true").then().statusCode(200)
                .body(containsString(id.toString()), containsString("resolved"));
    }

    @Test
    void anObjectInErrorWithAPasswordShowsNeitherTheEncryptedPasswordNorTheConnectorsSecrets() {
        String anchor = "p" + UUID.randomUUID().toString().substring(0, 8);
        EncryptedEnvelope password = new EncryptedEnvelope("k1", "AES-256-GCM", "Q29uc29sZUl2", "Q29uc29sZUNpcGhlcnRleHQ=");
        ScimChangeEvent create = new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(),
                TestConnectors.HR, "User", anchor, anchor, ChangeOperation.CREATE,
                List.of(AttributeDelta.replace("EmployeeId", anchor), AttributeDelta.replace("userName", "pat-" + anchor)), true,
                "fp-" + anchor, true, Instant.now(), password);
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(TestConnectors.HR, anchor), create);
        ExportBatch batch = worker.awaitNth(Topics.exports(TestConnectors.HR), ExportBatch.class,
                b -> b.items().stream().anyMatch(i -> i.anchor().equals(anchor)), 0);
        worker.publish(Topics.RESULTS, Topics.resultKey(batch.batchId()), new ExportResult(Message.CURRENT_VERSION,
                UUID.randomUUID(), batch.batchId(), batch.connector(), "test-worker",
                List.of(CSEntryChangeResult.error(batch.items().get(0).change().identifier(), MAExportError.ExportErrorCustomContinueRun,
                        "Refused", "the target refused it")), null, Instant.now()));
        await(() -> given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/connectors/hr/objects/User/" + anchor)
                .then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("error")));

        String session = signIn();
        String page = given().cookie(ConsoleSessions.COOKIE, session).get("/console/connectors/hr/objects/User/" + anchor)
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("the target refused it") && page.contains("refused by the target, not resent"),
                "the object in error with the refusal");
        assertFalse(page.contains("pat-" + anchor) || page.contains("id=\"retry\""),
                "a refused change is not kept pending, so there is nothing to retry");
        assertTrue(page.contains("id=\"discard\""), "discard clears the error");
        assertFalse(page.contains(password.ciphertext()) || page.contains(password.iv()), "no part of the encrypted password");
        // connector definitions (their secret token hash, their encrypted parameters) are not shown anywhere
        for (String path : List.of("/console/connectors", "/console/connectors/hr/runs", "/console/space?connector=hr&by=state&q=error")) {
            String shown = given().cookie(ConsoleSessions.COOKIE, session).get(path).then().statusCode(200).extract().asString();
            assertFalse(shown.contains("pbkdf2-sha256") || shown.contains("enc:"), path);
        }
        // leave hr as other tests expect it: the never-created object's change is discarded
        given().redirects().follow(false).cookie(ConsoleSessions.COOKIE, session)
                .post("/console/connectors/hr/objects/User/" + anchor + "/discard").then().statusCode(303);
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/connectors/hr/objects?state=error").then()
                .statusCode(200).body(not(containsString(anchor)));
    }

    private static void await(Runnable assertion) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                HrConnector.sleep(200);
            }
        }
    }

    private static String signIn() {
        String session = given().redirects().follow(false).formParam("token", "test-admin-token").post("/console/login")
                .cookie(ConsoleSessions.COOKIE);
        assertNotNull(session);
        return session;
    }
}

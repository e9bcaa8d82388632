package io.openecma.ingress.it;

import io.openecma.testsupport.fuzz.FuzzTally;
import io.openecma.testsupport.fuzz.RawHttp;
import io.openecma.testsupport.fuzz.ScimFuzz;
import io.openecma.testsupport.fuzz.SlowBodyProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's hostile inputs: each is refused with a 4xx SCIM error that names the problem, before
 * anything is published; a short fuzz run and the slow-body probe (the full ones: bin/openecma-fuzz-scim).
 */
@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
class HostileInputTest extends ScimIngressTestBase {

    private static final String USER = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"%s\"}";

    @TestHTTPResource
    URL server;

    @Test
    void nulAndLoneSurrogatesInBodiesAreRefusedWithTheirPlace() {
        hr().body(String.format(USER, "a\\u0000b")).post(BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidValue")).body("detail", containsString("'userName'"))
                .body("detail", containsString("NUL"));
        hr().body(String.format(USER, "a\\ud800b")).post(BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidValue")).body("detail", containsString("lone UTF-16 surrogate"));
        hr().body("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\","
                        + "\"path\":\"name.givenName\",\"value\":\"x\\u0000\"}]}")
                .patch(BASE + "/Users/nobody").then().statusCode(400).body("detail", containsString("NUL"));
    }

    @Test
    void trailingDataAndNonObjectSearchBodiesAreRefused() {
        hr().body(String.format(USER, "trail") + " {}").post(BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidSyntax"));
        hr().body("[]").post(BASE + "/Users/.search").then().statusCode(400)
                .body("scimType", equalTo("invalidSyntax")).body("detail", containsString("JSON object"));
        hr().body("{\"filter\":\"userName pr\"}").post(BASE + "/Users/.search").then().statusCode(200);
        // a filter that does not parse is refused even for a resource type the connector has no mapping for
        given().header("Authorization", "Bearer " + TestConnectors.OTHER_TOKEN).contentType(SCIM_JSON)
                .body("{\"filter\":42}").post("/ecma2host_" + TestConnectors.OTHER + "/scim/Groups/.search")
                .then().statusCode(400).body("scimType", equalTo("invalidFilter"));
    }

    @Test
    void dotSegmentsAndPathLikeIdsAreRefused() {
        hr().body(String.format(USER, "..")).post(BASE + "/Users").then().statusCode(400)
                .body("detail", containsString("relative path segment"));
        hr().body(String.format(USER, "a/b")).post(BASE + "/Users").then().statusCode(400)
                .body("detail", containsString("path separator"));
        assertScim(send("GET " + BASE + "/Users/%2e%2e/%2e%2e/%2e%2e/q/health HTTP/1.1\r\nHost: h\r\n"), 400, "dot segments");
        assertScim(send("GET " + BASE + "/Users/.. HTTP/1.1\r\nHost: h\r\n"), 400, "dot segments");
    }

    @Test
    void nulAndInvalidUtf8InPathsAndFiltersAreRefusedNot503() {
        assertScim(send("GET " + BASE + "/Users/%00 HTTP/1.1\r\nHost: h\r\n" + token()), 400, "NUL");
        assertScim(send("GET " + BASE + "/Users/%ED%A0%80 HTTP/1.1\r\nHost: h\r\n" + token()), 400, "UTF-8");
        RawHttp.Answer filter = send("GET " + BASE + "/Users?filter=userName%20eq%20%22a%00b%22 HTTP/1.1\r\nHost: h\r\n"
                + token());
        assertScim(filter, 400, "NUL");
        assertTrue(filter.body().contains("invalidFilter"), filter.body());
        hr().queryParam("filter", "userName eq \"a\\u0000b\"").get(BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidFilter"));
    }

    @Test
    void aMissingHostIsAScimError() {
        assertScim(send("GET " + BASE + "/Users HTTP/1.1\r\n" + token()), 400, "Host");
    }

    @Test
    void http2ClientsAfterAnH2cUpgradeAreServed() throws Exception {
        // java.net.http asks for an h2c upgrade on plain HTTP: the request then carries :authority, no Host
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.net.http.HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(
                        server.toURI().resolve(BASE + "/Users?count=1"))
                .header("Authorization", "Bearer " + TestConnectors.HR_TOKEN).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        answer = client.send(java.net.http.HttpRequest.newBuilder(server.toURI().resolve(BASE + "/Users/%2e%2e"))
                .header("Authorization", "Bearer " + TestConnectors.HR_TOKEN).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode(), answer.body());
    }

    @Test
    void metaLocationIsBuiltOnTheConfiguredPublicUrlNotOnTheHostHeader() {
        core.seed(TestConnectors.HR, "User", "hr-host-1", Map.of("login", "hr-host-1"), true);
        hr().header("Host", "evil.example").get(BASE + "/Users/hr-host-1").then().statusCode(200)
                .body("meta.location", equalTo("https://scim.example.test" + BASE + "/Users/hr-host-1"));
    }

    @Test
    void unauthenticatedBodiesAreRefusedOnTheirHeadersAndTheConnectionClosed() {
        RawHttp.Answer answer = send("POST " + BASE + "/Users HTTP/1.1\r\nHost: h\r\nContent-Type: application/scim+json\r\n"
                + "Content-Length: 100000\r\n\r\n{\"userName\":");
        assertScim(answer, 401, "bearer token");
        assertEquals("close", answer.header("Connection"));
        assertScim(send("GET /ecma2host_Nobody/scim/Users HTTP/1.1\r\nHost: h\r\n"), 404, "no connector");
    }

    @Test
    void chunkedBodiesAreReadAndAChunkedHeaderOverPlainBytesIsRefused() {
        String body = String.format(USER, "a\\u0000b");
        String head = "POST " + BASE + "/Users HTTP/1.1\r\nHost: h\r\n" + token()
                + "Content-Type: application/scim+json\r\nTransfer-Encoding: chunked\r\n\r\n";
        assertScim(send(head + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n"), 400, "NUL");
        RawHttp.Answer plain = send(head + body);
        assertTrue(plain.status() >= 400 && plain.status() < 500, plain.status() + " " + plain.body());
    }

    @Test
    void aShortFuzzRunGetsOnlyRightAnswers() throws Exception {
        FuzzTally tally = ScimFuzz.fuzz(settings(2_000));
        System.out.print(tally.report());
        assertEquals(2_000, tally.total());
        assertEquals(0, tally.wrongAnswers(), tally.report());
    }

    @Test
    void validRequestsAreAnsweredWhile200UnauthenticatedSlowBodiesAreOpen() throws Exception {
        SlowBodyProbe.Result result = ScimFuzz.slowBodies(settings(0));
        System.out.print(result.report());
        assertEquals(result.valid(), result.validAnswered(), result.report());
        assertEquals(200, result.stalledAnswered401(), result.report());
    }

    private ScimFuzz.Settings settings(int requests) {
        return new ScimFuzz.Settings(server.getHost(), server.getPort(), BASE, TestConnectors.HR_TOKEN,
                TestConnectors.OTHER_TOKEN, requests, 2, 14, 200);
    }

    private static String token() {
        return "Authorization: Bearer " + TestConnectors.HR_TOKEN + "\r\n";
    }

    private RawHttp.Answer send(String request) {
        String full = request.endsWith("\r\n\r\n") || request.contains("\r\n\r\n") ? request : request + "Connection: close\r\n\r\n";
        return new RawHttp(server.getHost(), server.getPort(), 20_000).send(full.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertScim(RawHttp.Answer answer, int status, String detailPart) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.body().contains("urn:ietf:params:scim:api:messages:2.0:Error"), answer.body());
        assertTrue(answer.body().contains(detailPart), answer.body());
    }
}

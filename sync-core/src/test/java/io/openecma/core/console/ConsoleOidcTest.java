package io.openecma.core.console;

import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.TestConnectors;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.OidcProviderDouble;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in to the console at a company identity provider: the whole authorization-code flow
 * against a small OIDC provider ({@link OidcProviderDouble}), by an HTTP client that keeps cookies
 * and follows redirects like a browser; and the provider's access tokens on the admin API.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
@WithTestResource(OidcProviderDouble.class)
class ConsoleOidcTest {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    @TestHTTPResource("/")
    URI app;

    private CookieManager cookies;
    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void signingInAtTheProviderOpensTheConsoleUntilSignOut() throws Exception {
        HttpResponse<String> login = get("/console/login");
        assertTrue(login.body().contains("Sign in with " + OidcProviderDouble.PROVIDER_NAME), login.body());
        assertTrue(login.body().contains("id=\"token\""), "the admin token stays an option");

        HttpResponse<String> signedIn = signInAtProvider("alice");
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertEquals("/console/oidc/login", signedIn.uri().getPath(), "back from the provider, without code and state");
        assertTrue(signedIn.body().contains("Signed in as <strong id=\"who\">alice</strong>"), signedIn.body());
        assertTrue(signedIn.body().contains("url=/console/connectors"), "the page moves on to the console");
        assertTrue(cookie(ConsoleSessions.COOKIE) != null, "a console session");
        assertTrue(cookies.getCookieStore().getCookies().stream().noneMatch(c -> c.getName().startsWith("q_session")),
                "Quarkus's own OIDC session is dropped: " + cookies.getCookieStore().getCookies());

        HttpResponse<String> connectors = get("/console/connectors");
        assertEquals("/console/connectors", connectors.uri().getPath());
        assertTrue(connectors.body().contains("id=\"connector-hr\""), connectors.body());

        HttpResponse<String> signedOut = browser.send(HttpRequest.newBuilder(app.resolve("/console/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("/console/login", signedOut.uri().getPath());
        assertEquals("/console/login", get("/console/connectors").uri().getPath(), "signed out");

        // No session is left behind at sync-core: signing in again goes to the provider again.
        int before = OidcProviderDouble.running().authorizations();
        HttpResponse<String> again = get("/console/oidc/login");
        assertTrue(again.body().contains("id=\"idp-form\""), again.body());
        assertEquals(before + 1, OidcProviderDouble.running().authorizations());
    }

    @Test
    void anAccountWithoutTheRequiredRoleIsRefused() throws Exception {
        HttpResponse<String> refused = signInAtProvider("bob");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("bob does not have the role " + OidcProviderDouble.REQUIRED_ROLE), refused.body());
        assertEquals(null, cookie(ConsoleSessions.COOKIE), "no console session");
        for (String page : new String[]{"/console/connectors", "/console/dead-letters", "/console/activity"}) {
            assertEquals("/console/login", get(page).uri().getPath(), page);
        }
    }

    @Test
    void theAdminApiTakesTheProvidersAccessTokensWithTheRoleAndAudience() {
        OidcProviderDouble idp = OidcProviderDouble.running();
        given().header("Authorization", "Bearer " + idp.accessToken("alice", OidcProviderDouble.API_AUDIENCE))
                .get("/admin/connectors").then().statusCode(200).body(containsString("hr"));
        given().header("Authorization", "Bearer " + idp.accessToken("bob", OidcProviderDouble.API_AUDIENCE))
                .get("/admin/connectors").then().statusCode(403).body(containsString("does not have the role"));
        given().header("Authorization", "Bearer " + idp.accessToken("alice", OidcProviderDouble.CLIENT_ID))
                .get("/admin/connectors").then().statusCode(403).body(containsString("not meant for this API"));
        given().header("Authorization", "Bearer not-a-token").get("/admin/connectors").then().statusCode(401);
        given().get("/admin/connectors").then().statusCode(401);
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/connectors").then().statusCode(200);
    }

    @Test
    void theAdminTokenStillSignsIn() throws Exception {
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(app.resolve("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=test-admin-token")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("/console/connectors", signedIn.uri().getPath());
        assertTrue(signedIn.body().contains("id=\"connector-hr\""));
    }

    // --- a browser's part ---

    /** From the console's "Sign in with" link through the provider's form and back to sync-core. */
    private HttpResponse<String> signInAtProvider(String user) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/console/oidc/login");
        assertTrue(form.uri().toString().startsWith(OidcProviderDouble.running().issuer() + "/authorize"), form.uri().toString());
        assertTrue(form.body().contains("id=\"idp-form\""), form.body());
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
        }
        assertFalse(fields.get("redirect_uri").isEmpty());
        fields.put("username", user);
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(OidcProviderDouble.running().issuer() + "/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(app.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name) && !c.hasExpired())
                .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }
}

package io.openecma.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.OidcProviderDouble;
import io.openecma.testsupport.local.LocalStack;
import io.openecma.testsupport.local.LocalStackOptions;
import io.openecma.testsupport.local.ServiceSpec;

/**
 * The admin console in a real headless Chromium against the real services (sync-core, the ingress
 * and a script-worker running the CSV sample connector's scripts, real Kafka and PostgreSQL), one
 * stack for every test: what an operator does in a connector's life, in order. Each page's
 * screenshot lands in target/console-screenshots (docs/console.md shows them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final String EXT = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User";
    private static final List<String> PAGES = List.of("/console/connectors", "/console/connectors/csv/runs",
            "/console/space?connector=csv&q=1", "/console/connectors/csv/objects/User/1001", "/console/dead-letters",
            "/console/activity");

    @TempDir
    static Path work;

    private static LocalStack stack;
    private static ConsoleBrowser browser;
    /** The company identity provider sync-core offers besides the admin token. */
    private static final OidcProviderDouble idp = new OidcProviderDouble();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startStackAndBrowser() throws Exception {
        ConsoleBrowser.requireInstalled();
        Path root = Path.of(System.getProperty("openecma.project.root", "..")).toAbsolutePath().normalize();
        TestFolders.copy(root.resolve("examples/connectors/csv"), work.resolve("connectors/csv"));
        idp.start();
        Map<String, String> syncCore = new java.util.HashMap<>(idp.environment());
        syncCore.put("OPENECMA_CONSOLE_SAMPLE_INTERVAL", "2s");
        stack = LocalStack.start(LocalStackOptions.defaults(root)
                .withDataDir(work.resolve("data"))
                .withConnectorsDir(work.resolve("connectors"))
                .withPorts(0, 0)
                .withServices(List.of(
                        ServiceSpec.quarkus(root, "sync-core", 0, syncCore),
                        ServiceSpec.quarkus(root, "scim-ingress", 0, Map.of("OPENECMA_HTTP_ENABLED", "true")),
                        ServiceSpec.quarkus(root, "script-worker", 0, Map.of())))
                .withReadyTimeout(Duration.ofSeconds(120)));
        browser = ConsoleBrowser.open("http://localhost:" + stack.servicePorts().get("sync-core"), work.resolve("chromium-profile"),
                root.resolve("system-tests/target/console-screenshots"));
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.stop();
        }
        idp.stop();
    }

    @Test
    @Order(1)
    void noPageOpensWithoutSigningInAndAWrongTokenIsRefused() throws IOException {
        for (String page : PAGES) {
            browser.go(page);
            assertEquals("/console/login", browser.path(), page + " without a session");
            assertTrue(browser.has("#token"), "the sign-in form");
        }
        assertEquals("Sign in with " + OidcProviderDouble.PROVIDER_NAME, browser.find("#sign-in-oidc").getText());
        browser.find("#token").sendKeys("not-the-admin-token");
        browser.clickAndLoad("#sign-in");
        assertTrue(browser.find("#login-error").getText().contains("not the admin token"));
        browser.screenshot("login");
    }

    @Test
    @Order(2)
    void signInAndWatchAFullImportFinish() throws IOException {
        signIn();
        assertEquals("/console/connectors", browser.path());
        // The first full import runs at start; wait for it (the page reloads itself while it runs).
        browser.await(SETTLE, true, d -> d.findElement(By.id("connector-csv")).getText().contains("ready"));
        browser.clickAndLoad("#full-import-csv");
        assertTrue(browser.path().startsWith("/console/connectors/csv/runs"), browser.path());
        String message = browser.find("#message").getText();
        assertTrue(message.startsWith("Started a full import of csv"), message);
        String runId = message.replaceAll(".*\\(run ([0-9a-f-]+)\\).*", "$1");
        WebElement run = browser.await(SETTLE, true, d -> {
            WebElement row = d.findElement(By.cssSelector("tr[data-run='" + runId + "']"));
            return row.getText().contains("completed") ? row : null;
        });
        assertTrue(run.getText().contains("admin"), "trigger: " + run.getText());
        browser.screenshot("runs");
        browser.clickAndLoad(run.findElement(By.tagName("a")));
        assertEquals("completed", browser.find("#run-status").getText());
        assertTrue(browser.find("#entry-errors").getText().contains("Every entry of this run was imported"));
        browser.screenshot("run");
        browser.go("/console/connectors");
        String row = browser.find("#connector-csv").getText();
        assertTrue(row.contains("completed") && row.contains("Full"), row);
        browser.screenshot("connectors");
    }

    @Test
    @Order(3)
    void findAnObjectByAnchorScimIdAndValue() throws Exception {
        HttpResponse<String> created = scimCreate("E3000", "grace@example.com", "Grace");
        assertEquals(201, created.statusCode(), created.body());
        search("anchor", null, "E30");
        assertEquals(List.of("E3000"), resultAnchors());
        search("scimId", null, "E3000");
        assertEquals(List.of("E3000"), resultAnchors());
        search("value", null, "GRACE@example.com");
        assertEquals(List.of("E3000"), resultAnchors());
        search("value", "firstName", "grace");
        assertEquals(List.of("E3000"), resultAnchors());
        search("value", "lastName", "Grace");
        assertEquals(List.of(), resultAnchors(), "the value is looked for in the named attribute only");
        search("value", "firstName", "grace");
        browser.screenshot("connector-space");
        browser.clickAndLoad("a.object-link");
        assertEquals("confirmed", browser.find("#object-state").getText());
        assertTrue(browser.find("#attributes").getText().contains("Tester"), browser.find("#attributes").getText());
    }

    @Test
    @Order(4)
    void anObjectTheTargetRefusedIsInErrorUntilDiscardedAndCreatedAgain() throws Exception {
        // The target already holds E3001 (written behind openecma's back), so the CSV script's Add refuses it.
        Files.writeString(csvFile(), "\"E3001\",\"dup@example.com\",\"Dup\",\"Row\",\"\",\"\",\"\",\"\",\"True\",\"False\","
                + "\"2026-01-05T09:00:00.0000000Z\",\"\",\"\"\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        HttpResponse<String> refused = scimCreate("E3001", "linus@example.com", "Linus");
        assertTrue(refused.statusCode() >= 400, refused.statusCode() + " " + refused.body());

        browser.go("/console/connectors");
        assertEquals("1", browser.find("#errors-csv").getText(), "the object in error is counted");
        search("state", null, "error");
        assertEquals(List.of("E3001"), resultAnchors());
        browser.clickAndLoad("a.object-link");
        assertEquals("error", browser.find("#object-state").getText());
        assertTrue(browser.find("#object-error").getText().contains("already exists"), browser.find("#object-error").getText());
        // a refused change is final (not sent again with later changes): nothing waits, nothing to retry
        assertFalse(browser.has("#pending"), "nothing waits for export");
        assertFalse(browser.has("#retry"), "a refused change is not retried");
        browser.screenshot("object-in-error");

        // The administrator removes the stray row and discards the refused object, which was never in
        // the target; the client's next create goes through. (It differs from the refused one: an
        // identical create within openecma.scim.duplicate-window is answered from the first's record.)
        List<String> kept = Files.readAllLines(csvFile(), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("\"E3001\"")).toList();
        Files.writeString(csvFile(), kept.stream().collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        browser.find("#discard").click();
        browser.driver.switchTo().alert().accept(); // the form asks for confirmation
        WebElement message = browser.await(Duration.ofSeconds(30), false,
                d -> d.findElements(By.id("message")).stream().findFirst().orElse(null));
        assertTrue(message.getText().contains("never in the target"), message.getText());
        HttpResponse<String> created = scimCreate("E3001", "linus@example.com", "Linus T.");
        assertEquals(201, created.statusCode(), created.body());
        search("anchor", null, "E3001");
        assertEquals(List.of("E3001"), resultAnchors());
        browser.clickAndLoad("a.object-link");
        assertEquals("confirmed", browser.find("#object-state").getText());
        assertFalse(browser.has("#object-error"));
        assertTrue(browser.find("#exports").getText().contains("completed"), browser.find("#exports").getText());
        assertTrue(Files.readString(csvFile()).contains("\"Linus T.\""), "the new Add wrote the row");
        browser.screenshot("object");
    }

    @Test
    @Order(5)
    void aDeadLetterIsShownWithoutItsPasswordAndResolved() throws Exception {
        String secret = "Hidden-Pass-4711";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            // Cut off mid-object: sync-core cannot read it and sets it aside.
            producer.send(new ProducerRecord<>(Topics.SCIM_CHANGES, "csv/E3009",
                    "{\"connector\":\"csv\",\"anchor\":\"E3009\",\"password\":\"" + secret + "\",\"operation\":")).get();
        }
        browser.go("/console/dead-letters");
        WebElement letter = browser.await(SETTLE, true, d -> d.findElements(By.cssSelector("tr.dead-letter")).stream()
                .filter(r -> r.getText().contains("csv/E3009")).findFirst().orElse(null));
        letter.findElement(By.tagName("summary")).click();
        String payload = letter.findElement(By.cssSelector("pre.payload")).getText();
        assertTrue(payload.contains("E3009") && payload.contains("(hidden)"), payload);
        String source = browser.driver.getPageSource();
        int at = source.indexOf(secret);
        assertEquals(-1, at, () -> "the password is on the page: " + source.substring(Math.max(0, at - 300), Math.min(source.length(), at + 100)));
        browser.screenshot("dead-letters");

        browser.clickAndLoad(letter.findElement(By.cssSelector("button.resolve")));
        assertTrue(browser.find("#message").getText().contains("is resolved"));
        assertFalse(browser.find("#dead-letters").getText().contains("csv/E3009"), "gone from the unresolved list");
        browser.clickAndLoad("#show-all");
        assertTrue(browser.find("#dead-letters").getText().contains("resolved"));
    }

    @Test
    @Order(6)
    void activityChartsTheLastHour() throws IOException {
        browser.go("/console/activity");
        for (String chart : List.of("writes", "exports", "latency", "imports", "lag")) {
            assertTrue(browser.has("#chart-" + chart + " svg"), chart);
        }
        // The SCIM writes of the tests above show as a rise in the writes chart: samples are taken every
        // 2 s from 2 s after sync-core's start (the first came only after 2 minutes while the schedule's
        // delay was read in minutes, which is why this wait once needed 180 s).
        browser.await(SETTLE, true, d -> !d.findElements(By.cssSelector("#chart-writes polyline")).isEmpty()
                && d.findElements(By.cssSelector("#chart-writes polyline")).stream()
                        .anyMatch(p -> p.getAttribute("points").split(" ").length > 1));
        browser.screenshot("activity");
        browser.clickAndLoad("#sign-out");
        browser.go("/console/connectors");
        assertEquals("/console/login", browser.path(), "signed out");
    }

    @Test
    @Order(7)
    void signInAtTheIdentityProviderOnlyWithTheRequiredRole() throws IOException {
        signInAtProvider("bob");
        assertTrue(browser.find("#login-error").getText().contains("bob does not have the role " + OidcProviderDouble.REQUIRED_ROLE),
                browser.find("#login-error").getText());
        browser.screenshot("login-refused");
        browser.go("/console/connectors");
        assertEquals("/console/login", browser.path(), "no session for bob");

        signInAtProvider("alice");
        // The page after the provider moves on by itself; the console session cookie must reach it.
        browser.await(SETTLE, false, d -> d.getCurrentUrl().endsWith("/console/connectors") && browser.has("#connector-csv"));
        browser.screenshot("connectors-oidc");
        browser.clickAndLoad("#sign-out");
        browser.go("/console/connectors");
        assertEquals("/console/login", browser.path(), "signed out");
    }

    // --- plumbing ---

    /** From the console's "Sign in with" button through the provider's sign-in form, as {@code user}. */
    private static void signInAtProvider(String user) {
        browser.go("/console/login");
        browser.clickAndLoad("#sign-in-oidc");
        assertTrue(browser.driver.getCurrentUrl().startsWith(idp.issuer() + "/authorize"), browser.driver.getCurrentUrl());
        browser.find("#idp-username").sendKeys(user);
        browser.clickAndLoad("#idp-sign-in");
    }

    private static void signIn() {
        browser.go("/console/login");
        browser.find("#token").sendKeys(stack.secrets().adminToken());
        browser.clickAndLoad("#sign-in");
    }

    private static void search(String by, String attribute, String text) {
        browser.go("/console/space?connector=csv");
        new org.openqa.selenium.support.ui.Select(browser.find("#search-by")).selectByValue(by);
        browser.find("#search-attribute").clear();
        if (attribute != null) {
            browser.find("#search-attribute").sendKeys(attribute);
        }
        browser.find("#search-q").sendKeys(text);
        browser.clickAndLoad("#search");
    }

    private static List<String> resultAnchors() {
        List<String> anchors = browser.driver.findElements(By.cssSelector("#results a.object-link")).stream()
                .map(WebElement::getText).toList();
        if (anchors.isEmpty()) {
            System.out.println("no results at " + browser.path() + ": " + browser.find("main").getText());
        }
        return anchors;
    }

    private static HttpResponse<String> scimCreate(String employeeId, String userName, String firstName) throws Exception {
        String body = """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"userName":"%s","active":true,
                 "%s":{"EmployeeId":"%s","userName":"%s","firstName":"%s","lastName":"Tester"}}
                """.formatted(EXT, userName, EXT, employeeId, userName, firstName);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + stack.servicePorts().get("scim-ingress")
                        + "/ecma2host_csv/scim/Users"))
                .timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + stack.tokenOf("csv"))
                .header("Content-Type", "application/scim+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path csvFile() {
        return work.resolve("data/connector-data/csv/MAData/users.csv");
    }
}

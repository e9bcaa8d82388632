package io.openecma.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.events.Json;
import io.openecma.testsupport.local.LocalStack;
import io.openecma.testsupport.local.LocalStackOptions;
import io.openecma.testsupport.local.ServiceSpec;

/**
 * Connectors moved from ECMA2Host the way an administrator moves them
 * (docs/migrating-from-ecma2host.md): an ECMA2Host configuration export converted with
 * {@code from-ecma2host}, its secrets filled in, {@code Schema.xml} in the ECMA folder and the data
 * file in MAData, then driven through the running system with Entra's SCIM requests: create,
 * update, disable, delete, and an import of a row added to the file behind openecma's back.
 * Each step is checked in the connector's CSV file.
 *
 * <p>Always: the project's Roster connector (script-runtime's test resources), built with the
 * constructs of Microsoft's ECMA2HostCSV sample. When a copy of Microsoft's sample is present
 * (/work/ext/MIMPowerShellConnectors/src/ECMA2HostCSV, or -Decma2hostcsv.dir=...; never part of the
 * repository), the same steps run on it, unmodified.
 */
class Ecma2HostConnectorsEndToEndTest {

    private static final String EXT = "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User";
    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final Path MICROSOFT_SAMPLE = Path.of(System.getProperty("ecma2hostcsv.dir",
            "/work/ext/MIMPowerShellConnectors/src/ECMA2HostCSV"));

    @TempDir
    static Path work;

    private static LocalStack stack;
    private static int ingressPort;
    private static StackClient client;
    private static final Map<String, String> tokens = new java.util.HashMap<>();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static boolean microsoftSamplePresent() {
        return Files.isRegularFile(MICROSOFT_SAMPLE.resolve("ECMA2Host Connector Export/Configuration - CSV.xml"));
    }

    @BeforeAll
    static void migrateAndStart() throws Exception {
        Path root = Path.of(System.getProperty("openecma.project.root", "..")).toAbsolutePath().normalize();
        Path connectors = work.resolve("connectors");
        Path data = work.resolve("data");
        // The stack keeps its key here; made first, so the secrets can be encrypted with it (step 3).
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(data);
        Files.writeString(data.resolve("secret-key"), Base64.getEncoder().encodeToString(key) + "\n");
        SecretBox secrets = new SecretBox("local-1", key);

        Path rosterResources = root.resolve("script-runtime/src/test/resources/ecma2host");
        Path roster = convert(rosterResources.resolve("Configuration - Roster.xml"), connectors.resolve("Roster"));
        fillIn(roster, secrets, "roster-api-token", "roster-password");
        disableBySetting(roster, "Active");
        place(data, "Roster", rosterResources.resolve("Schema.xml"), rosterResources.resolve("Roster.csv"), "Roster.csv");

        List<String> names = new ArrayList<>(List.of("Roster"));
        if (microsoftSamplePresent()) {
            Path csv = convert(MICROSOFT_SAMPLE.resolve("ECMA2Host Connector Export/Configuration - CSV.xml"), connectors.resolve("CSV"));
            disableBySetting(csv, "IsActive");
            place(data, "CSV", MICROSOFT_SAMPLE.resolve("Prerequisite Files/Schema.xml"),
                    MICROSOFT_SAMPLE.resolve("Prerequisite Files/InputFile.txt"), "InputFile.txt");
            names.add("CSV");
        }

        LocalStackOptions options = LocalStackOptions.defaults(root)
                .withDataDir(data)
                .withConnectorsDir(connectors)
                .withPorts(0, 0)
                .withServices(List.of(
                        ServiceSpec.quarkus(root, "sync-core", 0, Map.of()),
                        ServiceSpec.quarkus(root, "scim-ingress", 0, Map.of("OPENECMA_HTTP_ENABLED", "true")),
                        // End Export runs when an export session has been idle this long (60 s by default),
                        // not after each SCIM write; the Roster connector writes its file in End Export.
                        ServiceSpec.quarkus(root, "script-worker", 0, Map.of("OPENECMA_WORKER_EXPORT_IDLE_TIMEOUT", "2s"))))
                // Generous: the services start slowly on a busy shared machine.
                .withReadyTimeout(Duration.ofSeconds(300));
        stack = LocalStack.start(options);
        ingressPort = stack.servicePorts().get("scim-ingress");
        client = new StackClient(stack, tokens::get, SETTLE);
        client.awaitFirstImports(names.toArray(String[]::new));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (stack != null) {
            stack.stop();
        }
        // The services' logs outlive the temporary folder, for reading what the scripts did.
        Path logs = work.resolve("data/logs");
        Path kept = Path.of("target/ecma2host-logs");
        if (Files.isDirectory(logs)) {
            Files.createDirectories(kept);
            try (var files = Files.list(logs)) {
                for (Path log : files.toList()) {
                    Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // --- the migration steps, as an administrator takes them ---

    /**
     * Step 2: bin/openecma-connector from-ecma2host CONFIG.xml FOLDER (its main class, run as a process);
     * the new token it prints is kept for the SCIM client.
     */
    private static Path convert(Path export, Path folder) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.openecma.runtime.cli.ConnectorCli",
                "from-ecma2host", export.toString(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        JsonNode summary = Json.mapper().readTree(out);
        tokens.put(summary.get("connector").asText(), summary.get("secretToken").asText());
        // The local stack's hint for the connector's token (LocalConnector).
        Files.writeString(folder.resolve("local-token"), summary.get("secretToken").asText());
        return folder;
    }

    /** Step 3: each value the converter left TO FILL IN, encrypted with the stack's key. */
    private static void fillIn(Path folder, SecretBox secrets, String apiToken, String password) throws IOException {
        Path yaml = folder.resolve("connector.yaml");
        String text = Files.readString(yaml);
        text = text.replace("  - name: \"ApiToken_Global\"\n    scope: Global\n    encrypted: true\n",
                "  - name: \"ApiToken_Global\"\n    scope: Global\n    encrypted: true\n    value: \"" + secrets.encryptValue(apiToken) + "\"\n");
        text = text.stripTrailing() + "\n  password: \"" + secrets.encryptValue(password) + "\"\n";
        Files.writeString(yaml, text);
    }

    /**
     * ECMA2Host's Disable flow is a host setting the export carries as SoftDelete 'None' for both
     * connectors; an administrator who wants Entra's "disable" to reach the file sets it
     * (docs/connector-definition.md, deprovisioning).
     */
    private static void disableBySetting(Path folder, String attribute) throws IOException {
        Path yaml = folder.resolve("connector.yaml");
        String text = Files.readString(yaml);
        String replaced = text.replace("  disableFlow: None\n",
                "  disableFlow: SetAttribute\n  disableAttribute: " + attribute + "\n  disableValue: false\n");
        assertTrue(!replaced.equals(text), "the converted connector.yaml has a disableFlow line: " + text);
        Files.writeString(yaml, replaced);
    }

    /** Step 4: Schema.xml into the ECMA folder, the data file into MAData. */
    private static void place(Path data, String connector, Path schemaXml, Path dataFile, String dataFileName) throws IOException {
        Path base = data.resolve("connector-data").resolve(connector);
        Files.createDirectories(base.resolve("ECMA"));
        Files.createDirectories(base.resolve("MAData"));
        Files.copy(schemaXml, base.resolve("ECMA/Schema.xml"));
        Files.copy(dataFile, base.resolve("MAData").resolve(dataFileName));
    }

    // --- the tests ---

    @Test
    void rosterConnectorCreatesUpdatesDisablesDeletesAndImports() throws Exception {
        String connector = "Roster";
        // The first full import read the file's two rows.
        HttpResponse<String> seeded = scim(connector, "GET", "/Users/p-100", null);
        assertEquals(200, seeded.statusCode(), seeded.body());
        assertEquals("Ada Byron", json(seeded).path(EXT).path("DisplayName").asText(), seeded.body());

        HttpResponse<String> created = scim(connector, "POST", "/Users", """
                {"schemas":["%s","%s"],"userName":"p-300","active":true,
                 "%s":{"PersonId":"p-300","DisplayName":"Katherine Johnson","Mail":"katherine@example.org"}}
                """.formatted(CORE, EXT, EXT));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("p-300", json(created).path("id").asText(), created.body());
        assertRow(connector, "p-300", "\"Katherine Johnson\"", "\"katherine@example.org\"", "\"True\"");

        HttpResponse<String> updated = patch(connector, "p-300", "DisplayName", "Katherine G. Johnson");
        assertTrue(updated.statusCode() == 200 || updated.statusCode() == 204, updated.body());
        assertRow(connector, "p-300", "\"Katherine G. Johnson\"", "\"katherine@example.org\"");

        HttpResponse<String> disabled = disable(connector, "p-300");
        assertTrue(disabled.statusCode() == 200 || disabled.statusCode() == 204, disabled.body());
        assertRow(connector, "p-300", "\"Katherine G. Johnson\"", "\"False\"");

        HttpResponse<String> deleted = scim(connector, "DELETE", "/Users/p-300", null);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(404, scim(connector, "GET", "/Users/p-300", null).statusCode());
        assertNoRow(connector, "\"p-300\"");

        appendRow(connector, "\"p-400\";\"Dorothy Vaughan\";\"dorothy@example.org\";\"True\"");
        assertImported(connector, "p-400", "DisplayName", "Dorothy Vaughan");
    }

    @Test
    void microsoftsEcma2HostCsvSampleCreatesUpdatesDisablesDeletesAndImports() throws Exception {
        assumeTrue(microsoftSamplePresent(), "Microsoft's ECMA2HostCSV sample is not on this machine");
        String connector = "CSV";
        String id = "5f0c7c44-65c1-4f2e-9a4b-0a7c1f3e8d21";
        HttpResponse<String> seeded = scim(connector, "GET", "/Users/de4841f1-cb92-48e5-9056-29a36a0653c2", null);
        assertEquals(200, seeded.statusCode(), seeded.body());
        assertEquals("Adele Vance", json(seeded).path(EXT).path("DisplayName").asText(), seeded.body());

        HttpResponse<String> created = scim(connector, "POST", "/Users", """
                {"schemas":["%s","%s"],"userName":"MaryJ@contoso.example","active":true,
                 "%s":{"AzureObjectID":"%s","DisplayName":"Mary Jackson","UserName":"MaryJ@contoso.example",
                       "Title":"Engineer","EmployeeId":"E-42","Email":"MaryJ@contoso.example"}}
                """.formatted(CORE, EXT, EXT, id));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(id, json(created).path("id").asText(), created.body());
        assertRow(connector, id, "\"Mary Jackson\"", "\"Engineer\"", "\"E-42\"");

        HttpResponse<String> updated = patch(connector, id, "Title", "Senior Engineer");
        assertTrue(updated.statusCode() == 200 || updated.statusCode() == 204, updated.body());
        assertRow(connector, id, "\"Senior Engineer\"", "\"Mary Jackson\"");

        HttpResponse<String> disabled = disable(connector, id);
        assertTrue(disabled.statusCode() == 200 || disabled.statusCode() == 204, disabled.body());
        // The sample writes a value only when it is truthy ("elseif ($entry.AttributeChanges[...].Value)"), so
        // IsActive = False leaves the column empty: what it does on Windows too. The row is rewritten (ObjectReplace).
        assertRow(connector, id, "\"Senior Engineer\"");
        assertTrue(!row(connector, id).contains("\"True\""), "IsActive is no longer True: " + row(connector, id));

        HttpResponse<String> deleted = scim(connector, "DELETE", "/Users/" + id, null);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertNoRow(connector, id);

        String added = "0d6f6e2a-3c1b-4d8e-8f7a-2b9c4d5e6f70";
        appendRow(connector, "\"" + added + "\";\"True\";\"Annie Easley\";\"E-77\";\"Programmer\";\"AnnieE@contoso.example\";\"AnnieE@contoso.example\"");
        assertImported(connector, added, "DisplayName", "Annie Easley");
    }

    // --- checks in the file ---

    private static Path dataFile(String connector) {
        return work.resolve("data/connector-data").resolve(connector).resolve("MAData")
                .resolve(connector.equals("CSV") ? "InputFile.txt" : "Roster.csv");
    }

    private static List<String> rows(String connector) throws IOException {
        return Files.readAllLines(dataFile(connector), StandardCharsets.UTF_8);
    }

    private static String row(String connector, String anchor) throws IOException {
        return rows(connector).stream().filter(line -> line.replace("\uFEFF", "").startsWith("\"" + anchor + "\""))
                .findFirst().orElse("(no row for " + anchor + " in " + rows(connector) + ")");
    }

    /** The row shows the change once the export session wrote it (at once, or at End Export). */
    private static void assertRow(String connector, String anchor, String... fragments) throws Exception {
        Instant deadline = Instant.now().plus(SETTLE);
        String row = row(connector, anchor);
        while (!containsAll(row, fragments) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            row = row(connector, anchor);
        }
        System.out.println(connector + " row " + anchor + ": " + row);
        for (String fragment : fragments) {
            assertTrue(row.contains(fragment), fragment + " in the row: " + row);
        }
    }

    private static boolean containsAll(String row, String... fragments) {
        return java.util.Arrays.stream(fragments).allMatch(row::contains);
    }

    private static void assertNoRow(String connector, String anchor) throws Exception {
        Instant deadline = Instant.now().plus(SETTLE);
        while (rows(connector).stream().anyMatch(r -> r.contains(anchor)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertTrue(rows(connector).stream().noneMatch(r -> r.contains(anchor)), "the row is gone: " + rows(connector));
    }

    private static void appendRow(String connector, String line) throws IOException {
        String text = Files.readString(dataFile(connector), StandardCharsets.UTF_8);
        String separator = text.endsWith("\n") ? "" : "\r\n";
        Files.writeString(dataFile(connector), separator + line + "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** A full import (the admin API's trigger, as the Autosync timer would) brings the row in. */
    private static void assertImported(String connector, String anchor, String attribute, String value) throws Exception {
        HttpResponse<String> trigger = admin("POST", "/admin/connectors/" + connector + "/imports?type=full");
        assertTrue(trigger.statusCode() / 100 == 2, trigger.statusCode() + " " + trigger.body());
        HttpResponse<String> found = eventually(() -> scim(connector, "GET", "/Users/" + anchor, null), r -> r.statusCode() == 200);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals(value, json(found).path(EXT).path(attribute).asText(), found.body());
    }

    // --- Entra's requests ---

    private static HttpResponse<String> patch(String connector, String id, String attribute, String value) throws Exception {
        return scim(connector, "PATCH", "/Users/" + id, """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"%s:%s","value":"%s"}]}
                """.formatted(PATCH_OP, EXT, attribute, value));
    }

    /** Entra's disable: a PATCH of active with the string "False". */
    private static HttpResponse<String> disable(String connector, String id) throws Exception {
        return scim(connector, "PATCH", "/Users/" + id, """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}
                """.formatted(PATCH_OP));
    }

    // --- plumbing ---

    private static HttpResponse<String> scim(String connector, String method, String path, String body)
            throws IOException, InterruptedException {
        return client.scim(connector, method, path, body);
    }

    private static HttpResponse<String> admin(String method, String path) throws IOException, InterruptedException {
        return client.admin(method, path);
    }

    private static HttpResponse<String> eventually(StackClient.Call call, Predicate<HttpResponse<String>> done)
            throws Exception {
        return client.eventually(call, done);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return StackClient.json(response);
    }
}

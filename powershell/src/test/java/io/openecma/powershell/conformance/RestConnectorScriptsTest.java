package io.openecma.powershell.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.conformance.ecma.Ecma;
import io.openecma.powershell.conformance.ecma.Ecma.AttributeChange;
import io.openecma.powershell.conformance.ecma.Ecma.AttributeType;
import io.openecma.powershell.conformance.ecma.Ecma.CSEntryChange;
import io.openecma.powershell.conformance.ecma.Ecma.CSEntryChangeResult;
import io.openecma.powershell.conformance.ecma.Ecma.ObjectModificationType;
import io.openecma.powershell.conformance.ecma.Ecma.SchemaAttribute;
import io.openecma.powershell.conformance.ecma.Ecma.SchemaType;
import io.openecma.powershell.conformance.ecma.Ecma.ValueChange;
import io.openecma.powershell.runtime.PSCredential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the REST-shaped connector scripts (Invoke-RestMethod against an Okta-like API, here a
 * local HTTP double) and asserts on the requests the scripts send and the objects they return.
 */
@Tag("conformance")
class RestConnectorScriptsTest {

    private static final String TOKEN = "api-token-123";

    /** method, path with query, Authorization header, body. */
    record Request(String method, String path, String authorization, String body) {
    }

    @TempDir
    Path maData;

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ConnectorHost host;
    private Map<String, Object> args;

    @BeforeEach
    void startApiDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/users", this::handle);
        server.start();
        host = new ConnectorHost(maData);
        args = new LinkedHashMap<>();
        args.put("ConfigParameters", Ecma.ConfigParameterCollection.of(
                "Common Module Script Name (with extension)", ConnectorHost.COMMON_MODULE,
                "BaseUrl_Global", "http://127.0.0.1:" + server.getAddress().getPort() + "/"));
        args.put("Schema", schema());
        args.put("PSCredential", new PSCredential("svc", TOKEN));
    }

    @AfterEach
    void stopApiDouble() {
        server.stop(0);
    }

    @Test
    void importReadsUsersFromTheApi() throws IOException {
        args.put("OpenImportConnectionRunStep", new Ecma.OpenImportConnectionRunStep(Ecma.OperationType.Full, 100, null));
        args.put("GetImportEntriesRunStep", new Ecma.ImportRunStep(null));

        Ecma.GetImportEntriesResults results =
                assertInstanceOf(Ecma.GetImportEntriesResults.class, host.runForSingle("RestImport.ps1", args));

        assertEquals(List.of(new Request("GET", "/api/v1/users?limit=200", "SSWS " + TOKEN, "")), requests);
        List<CSEntryChange> entries = results.getCSEntries();
        assertEquals(List.of("00u1", "00u2"), entries.stream().map(e -> e.getAnchorAttributes().get(0).getValue()).toList());
        CSEntryChange ann = entries.get(0);
        assertEquals(List.of("GivenName", "Surname", "Mail", "Active"), ann.getChangedAttributeNames());
        assertEquals("ann@example.com", value(ann, "Mail"));
        assertEquals(Boolean.TRUE, value(ann, "Active"));
        assertEquals(Boolean.FALSE, value(entries.get(1), "Active"));
        assertEquals(List.of("GivenName", "Mail", "Active"), entries.get(1).getChangedAttributeNames(), "null lastName is skipped");
        assertTrue(host.log().contains("Imported 2 users"));
    }

    @Test
    void exportSendsOneRequestPerEntryAndReportsTheNewAnchorAndFailures() throws IOException {
        CSEntryChange add = entry(ObjectModificationType.Add, "pending-1",
                AttributeChange.createAttributeAdd("GivenName", "Zoe"),
                AttributeChange.createAttributeAdd("Mail", "zoe@example.com"));
        CSEntryChange update = entry(ObjectModificationType.Replace, "00u1",
                AttributeChange.createAttributeReplace("Mail", "ann.lee@example.com"));
        CSEntryChange delete = entry(ObjectModificationType.Delete, "00u2");
        CSEntryChange rejected = entry(ObjectModificationType.Add, "pending-2",
                AttributeChange.createAttributeAdd("Mail", "bad@example.com"));
        List<CSEntryChange> entries = List.of(add, update, delete, rejected);
        args.put("OpenExportConnectionRunStep", new Ecma.OpenExportConnectionRunStep(Ecma.OperationType.Delta, 50));
        args.put("CSEntries", new ArrayList<>(entries));

        Ecma.PutExportEntriesResults results =
                assertInstanceOf(Ecma.PutExportEntriesResults.class, host.runForSingle("RestExport.ps1", args));

        String auth = "SSWS " + TOKEN;
        assertEquals(List.of(
                new Request("POST", "/api/v1/users?activate=true", auth,
                        "{\"profile\":{\"GivenName\":\"Zoe\",\"Mail\":\"zoe@example.com\"}}"),
                new Request("POST", "/api/v1/users/00u1", auth, "{\"profile\":{\"Mail\":\"ann.lee@example.com\"}}"),
                new Request("DELETE", "/api/v1/users/00u2", auth, ""),
                new Request("POST", "/api/v1/users?activate=true", auth, "{\"profile\":{\"Mail\":\"bad@example.com\"}}")),
                requests);

        List<CSEntryChangeResult> perEntry = results.getCSEntryChangeResults().stream().toList();
        assertEquals(entries.stream().map(CSEntryChange::getIdentifier).toList(),
                perEntry.stream().map(CSEntryChangeResult::getIdentifier).toList());
        assertEquals(List.of(Ecma.MAExportError.Success, Ecma.MAExportError.Success, Ecma.MAExportError.Success,
                        Ecma.MAExportError.ExportErrorConnectedDirectoryError),
                perEntry.stream().map(CSEntryChangeResult::getErrorCode).toList());
        AttributeChange newAnchor = perEntry.get(0).getAttributeChanges().get(0);
        assertEquals("EmployeeId", newAnchor.getName());
        assertEquals("00u9", newAnchor.getValueChanges().get(0).getValue());
        assertEquals("HttpError", perEntry.get(3).getErrorName());
        assertTrue(perEntry.get(3).getErrorDetail().contains("400"), perEntry.get(3).getErrorDetail());
    }

    /** Windows PowerShell 5.1 shapes: WebResponseObject from Invoke-WebRequest, WebException on HTTP errors. */
    @Test
    void webRequestResponseAndHttpErrorsLookLikeWindowsPowerShell() {
        host.engine.setVariable("BaseUrl", "http://127.0.0.1:" + server.getAddress().getPort());
        String script = String.join("\n",
                "$response = Invoke-WebRequest -Uri \"$BaseUrl/api/v1/users\" -Headers @{ Authorization = 'SSWS t' } -UseBasicParsing",
                "$response.StatusCode",
                "($response.Content | ConvertFrom-Json).Count",
                "try {",
                "  Invoke-RestMethod -Uri \"$BaseUrl/api/v1/users\" -Method Post -Body '{\"login\":\"bad@example.com\"}' -ContentType 'application/json'",
                "} catch {",
                "  $_.Exception.GetType().FullName",
                "  [int]$_.Exception.Response.StatusCode",
                "  \"$($_.Exception.Response.StatusCode) $($_.Exception.Response.StatusCode.value__) $($_.Exception.Response.StatusCode -eq 400) $($_.Exception.Response.StatusCode -eq 'BadRequest')\"",
                "  ($_.ErrorDetails.Message | ConvertFrom-Json).errorCode",
                "  \"$_\"",
                "}");
        ScriptResult result = host.engine.execute(ScriptSource.of("web.ps1", script), Map.of());

        ConnectorHost.assertSucceeded(result);
        assertEquals(List.of("200", "2", "System.Net.WebException", "400", "BadRequest 400 True True", "E0000001",
                        "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed: login\"}"),
                result.output().stream().map(OutputFormatter::format).toList());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        requests.add(new Request(method, exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (method.equals("GET")) {
            respond(exchange, 200, "[{\"id\":\"00u1\",\"status\":\"ACTIVE\",\"profile\":{\"login\":\"ann@example.com\","
                    + "\"firstName\":\"Ann\",\"lastName\":\"Lee\"}},{\"id\":\"00u2\",\"status\":\"DEPROVISIONED\","
                    + "\"profile\":{\"login\":\"bob@example.com\",\"firstName\":\"Bob\",\"lastName\":null}}]");
        } else if (method.equals("DELETE")) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else if (body.contains("bad@example.com")) {
            respond(exchange, 400, "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed: login\"}");
        } else {
            respond(exchange, 200, "{\"id\":\"00u9\",\"status\":\"ACTIVE\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Object value(CSEntryChange entry, String attribute) {
        List<ValueChange> changes = entry.getAttributeChanges().get(attribute).getValueChanges();
        assertEquals(1, changes.size());
        return changes.get(0).getValue();
    }

    private static CSEntryChange entry(ObjectModificationType type, String anchor, AttributeChange... changes) {
        CSEntryChange entry = CSEntryChange.create();
        entry.setIdentifier(UUID.randomUUID());
        entry.setObjectType("person");
        entry.setObjectModificationType(type);
        entry.getAnchorAttributes().add(Ecma.AnchorAttribute.create("EmployeeId", anchor));
        for (AttributeChange change : changes) {
            entry.getAttributeChanges().add(change);
        }
        return entry;
    }

    private static Ecma.Schema schema() {
        SchemaType person = SchemaType.create("person", true);
        person.getAttributes().add(SchemaAttribute.createAnchorAttribute("EmployeeId", AttributeType.String));
        for (String name : List.of("GivenName", "Surname", "Mail")) {
            person.getAttributes().add(SchemaAttribute.createSingleValuedAttribute(name, AttributeType.String));
        }
        person.getAttributes().add(SchemaAttribute.createSingleValuedAttribute("Active", AttributeType.Boolean));
        Ecma.Schema schema = Ecma.Schema.create();
        schema.getTypes().add(person);
        return schema;
    }
}

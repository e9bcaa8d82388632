package io.openecma.runtime;

import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.events.PasswordErrorKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST sample connector against the legacy HR demo application. */
class RestConnectorTest {

    private static LegacyHr hr;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        hr = LegacyHr.start();
    }

    @AfterAll
    static void stop() {
        hr.close();
    }

    /** The runtime the tests run on (subclasses run them on the pwsh runtime). */
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.EMBEDDED;
    }

    private ScriptRuntime runtime() throws Exception {
        Path connector = SampleConnectors.copy("rest", temp);
        Path yaml = connector.resolve("connector.yaml");
        Files.writeString(yaml, Files.readString(yaml)
                .replace("value: http://127.0.0.1:8090", "value: " + hr.baseUrl())
                .replace("value: demo-key", "value: " + LegacyHr.API_KEY));
        return TestRuntimes.of(runtimeKind(), SampleConnectors.load(connector), ConnectorFolders.under(temp.resolve("run")),
                ScriptStreams.discard());
    }

    @Test
    void theDefinitionLoadsWithEveryScript() {
        ConnectorDefinition def = SampleConnectors.load(SampleConnectors.copy("rest", temp));
        for (ScriptKind kind : List.of(ScriptKind.Schema, ScriptKind.Validation, ScriptKind.BeginImport, ScriptKind.Import,
                ScriptKind.EndImport, ScriptKind.Export, ScriptKind.Password)) {
            assertTrue(def.script(kind).isPresent(), kind.name());
        }
        assertEquals("LegacyHrCommon.psm1", def.commonModule().name());
        assertEquals("employeeId", def.anchorAttribute());
    }

    @Test
    void schemaValidationAndAPagedFullImport() throws Exception {
        ScriptRuntime runtime = runtime();
        Schema schema = runtime.schema();
        assertEquals(8, schema.type("User").orElseThrow().attributes().size());
        assertTrue(runtime.validate(ConfigParameterPage.Connectivity).success());

        List<CSEntryChange> imported = new ArrayList<>();
        int pages = 0;
        String watermark;
        try (ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 2, null, null), schema)) {
            while (session.hasMorePages()) {
                imported.addAll(session.nextPage().entries());
                pages++;
            }
            watermark = session.close(CloseReason.Normal);
        }
        assertTrue(pages >= 2, "pages: " + pages);
        assertTrue(imported.size() >= 3);
        CSEntryChange ada = imported.stream().filter(c -> c.anchor("employeeId").orElseThrow().value().equals("1001"))
                .findFirst().orElseThrow();
        assertEquals(ObjectModificationType.Add, ada.objectModificationType());
        assertEquals(List.of("Ada"), ada.attribute("firstName").orElseThrow().addedValues());
        assertEquals(List.of(true), ada.attribute("isActive").orElseThrow().addedValues());
        assertTrue(watermark.contains("since"), watermark);
    }

    @Test
    void aBatchExportedTwiceLeavesTheTargetAsOneExportWould() throws Exception {
        ScriptRuntime runtime = runtime();
        Schema schema = runtime.schema();
        String id = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        CSEntryChange add = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Add, List.of(),
                List.of(AttributeChange.add("employeeId", id), AttributeChange.add("userName", "first"),
                        AttributeChange.add("title", "Engineer")));
        CSEntryChange delete = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Delete,
                List.of(new AnchorAttribute("employeeId", id)), List.of());
        OpenExportRunStep step = new OpenExportRunStep(ExportType.AttributeReplace, 50, null);
        for (int run = 1; run <= 2; run++) {
            try (ExportSession export = runtime.openExportSession(step, schema)) {
                List<CSEntryChangeResult> results = export.export(List.of(add));
                assertEquals(MAExportError.Success, results.get(0).errorCode(), "Add, run " + run + ": " + results);
            }
        }
        for (int run = 1; run <= 2; run++) {
            try (ExportSession export = runtime.openExportSession(step, schema)) {
                List<CSEntryChangeResult> results = export.export(List.of(delete));
                assertEquals(MAExportError.Success, results.get(0).errorCode(), "Delete, run " + run + ": " + results);
            }
        }
    }

    @Test
    void exportDeltaImportAndPassword() throws Exception {
        ScriptRuntime runtime = runtime();
        Schema schema = runtime.schema();
        String watermark;
        try (ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 100, null, null), schema)) {
            while (session.hasMorePages()) {
                session.nextPage();
            }
            watermark = session.close(CloseReason.Normal);
        }

        String id = "r-" + UUID.randomUUID().toString().substring(0, 8);
        CSEntryChange add = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Add, List.of(),
                List.of(AttributeChange.add("employeeId", id), AttributeChange.add("userName", "rest.user"),
                        AttributeChange.add("isActive", false)));
        CSEntryChange missing = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Replace,
                List.of(new AnchorAttribute("employeeId", "nobody")), List.of(AttributeChange.replace("title", "x")));
        List<CSEntryChangeResult> results;
        try (ExportSession export = runtime.openExportSession(new OpenExportRunStep(ExportType.AttributeReplace, 50, null), schema)) {
            results = export.export(List.of(add, missing));
        }
        assertEquals(MAExportError.Success, results.get(0).errorCode());
        assertEquals(MAExportError.ExportErrorConnectedDirectoryMissingObject, results.get(1).errorCode());

        List<CSEntryChange> delta = new ArrayList<>();
        try (ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Delta, 10, watermark, null), schema)) {
            while (session.hasMorePages()) {
                delta.addAll(session.nextPage().entries());
            }
        }
        CSEntryChange added = delta.stream().filter(c -> c.anchor("employeeId").orElseThrow().value().equals(id)).findFirst().orElseThrow();
        assertEquals(List.of(false), added.attribute("isActive").orElseThrow().addedValues());

        Map<String, List<Object>> attrs = Map.of("employeeId", List.of(id));
        runtime.password(new PasswordCall("CN=" + id, "User", attrs, PasswordOperationType.SetPassword, null, null, "Long#Enough1"));
        PasswordRejectedException policy = assertThrows(PasswordRejectedException.class, () -> runtime.password(
                new PasswordCall("CN=" + id, "User", attrs, PasswordOperationType.SetPassword, null, null, "short")));
        assertEquals(PasswordErrorKind.POLICY_VIOLATION, policy.errorKind());
    }

    @Test
    void anOutageIsATransientFailure() throws Exception {
        ScriptRuntime runtime = runtime();
        Schema schema = runtime.schema();
        hr.call("PUT", "/admin/outage", "{\"down\":true}");
        try {
            ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 10, null, null), schema);
            ScriptFailedException e = assertThrows(ScriptFailedException.class, session::nextPage);
            assertTrue(e.isTransient(), e.getMessage());
            assertEquals("Import.ps1", e.scriptName());
        } finally {
            hr.call("PUT", "/admin/outage", "{\"down\":false}");
        }
    }
}

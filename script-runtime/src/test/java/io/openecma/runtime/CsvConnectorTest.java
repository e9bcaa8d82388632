package io.openecma.runtime;

import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeType;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every script kind of the CSV sample connector, unmodified, on the embedded engine. */
class CsvConnectorTest {

    /** The runtime the tests run on (subclasses run them on the pwsh runtime). */
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.EMBEDDED;
    }


    @TempDir
    Path temp;

    private TestRuntimes t;
    private ScriptRuntime runtime;

    @BeforeEach
    void setUp() throws Exception {
        t = new TestRuntimes(temp, runtimeKind());
        Files.copy(t.connector.resolve("data/users.csv"), t.folders.dataDir().resolve("users.csv"));
        runtime = t.runtime();
    }

    @Test
    void schemaScriptReturnsTheUserType() {
        Schema schema = runtime.schema();
        var user = schema.type("User").orElseThrow();
        assertEquals(List.of("EmployeeId"), user.anchorAttributes().stream().map(a -> a.name()).toList());
        assertEquals(AttributeType.Boolean, user.attribute("isActive").orElseThrow().dataType());
        assertEquals(9, user.attributes().size());
        assertTrue(t.streams.stream().anyMatch(s -> s.startsWith("Schema.ps1 verbose: Schema: User with 9 attributes")), t.streams.toString());
    }

    @Test
    void validationChecksTheCsvFolder() throws Exception {
        assertTrue(runtime.validate(ConfigParameterPage.Connectivity).success());

        String yaml = Files.readString(t.connector.resolve("connector.yaml")).replace("value: users.csv", "value: missing/users.csv");
        Files.writeString(t.connector.resolve("connector.yaml"), yaml);
        ValidationResult failed = t.runtime().validate(ConfigParameterPage.Global);
        assertFalse(failed.success());
        assertEquals("CsvFile_Global", failed.errorParameter());
        assertTrue(failed.errorMessage().contains("does not exist"), failed.errorMessage());
    }

    @Test
    void fullImportPagesThroughEveryUserOnOneRunspace() {
        Schema schema = runtime.schema();
        List<CSEntryChange> all = new ArrayList<>();
        int pages = 0;
        try (ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 2, null, null), schema)) {
            while (session.hasMorePages()) {
                ImportPage page = session.nextPage();
                all.addAll(page.entries());
                pages++;
            }
        }
        assertEquals(2, pages);
        assertEquals(4, all.size());
        assertTrue(all.stream().allMatch(c -> c.objectModificationType() == ObjectModificationType.Add));
        CSEntryChange first = all.get(0);
        assertEquals("User", first.objectType());
        assertEquals("CN=" + first.anchor("EmployeeId").orElseThrow().value() + ",OBJECT=USER", first.dn());
    }

    @Test
    void anImportPageOutsideItsSessionFindsNoGlobalState() {
        Schema schema = runtime.schema();
        ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 1, null, null), schema);
        session.nextPage();
        String watermark = session.close(CloseReason.Normal);
        assertTrue(watermark.contains("since"), watermark);
        assertThrows(IllegalStateException.class, session::nextPage);
    }

    @Test
    void exportThenDeltaImportSeesTheChanges() {
        Schema schema = runtime.schema();
        String watermark;
        try (ImportSession full = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 100, null, null), schema)) {
            while (full.hasMorePages()) {
                full.nextPage();
            }
            watermark = full.close(CloseReason.Normal);
        }

        CSEntryChange add = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Add, List.of(),
                List.of(AttributeChange.add("EmployeeId", "9001"), AttributeChange.add("userName", "new.user"),
                        AttributeChange.add("isActive", true)));
        CSEntryChange duplicate = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Add, List.of(),
                List.of(AttributeChange.add("EmployeeId", "9001")));
        CSEntryChange unknown = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Update,
                List.of(new AnchorAttribute("EmployeeId", "nobody")), List.of(AttributeChange.replace("title", "x")));
        List<CSEntryChangeResult> results;
        try (ExportSession export = runtime.openExportSession(new OpenExportRunStep(ExportType.AttributeReplace, 50, null), schema)) {
            results = export.export(List.of(add, duplicate, unknown));
        }
        assertEquals(MAExportError.Success, results.get(0).errorCode());
        assertEquals(MAExportError.ExportErrorCustomContinueRun, results.get(1).errorCode());
        assertTrue(results.get(1).errorDetail().contains("already exists"), results.get(1).errorDetail());
        assertEquals(MAExportError.ExportErrorCustomContinueRun, results.get(2).errorCode());

        List<CSEntryChange> delta = new ArrayList<>();
        try (ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Delta, 100, watermark, null), schema)) {
            while (session.hasMorePages()) {
                delta.addAll(session.nextPage().entries());
            }
        }
        assertEquals(1, delta.size());
        assertEquals("9001", delta.get(0).anchor("EmployeeId").orElseThrow().value());
        assertEquals(ObjectModificationType.Replace, delta.get(0).objectModificationType());
        assertEquals(List.of(true), delta.get(0).attribute("isActive").orElseThrow().addedValues());
    }

    @Test
    void exportReplaceAndDeleteShowInTheNextDeltaImport() {
        Schema schema = runtime.schema();
        String watermark;
        try (ImportSession full = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 100, null, null), schema)) {
            while (full.hasMorePages()) {
                full.nextPage();
            }
            watermark = full.close(CloseReason.Normal);
        }
        CSEntryChange replace = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Replace,
                List.of(new AnchorAttribute("EmployeeId", "1002")),
                List.of(AttributeChange.replace("title", "Principal Engineer")));
        CSEntryChange delete = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Delete,
                List.of(new AnchorAttribute("EmployeeId", "1001")), List.of());
        List<CSEntryChangeResult> results;
        try (ExportSession export = runtime.openExportSession(new OpenExportRunStep(ExportType.AttributeReplace, 50, null), schema)) {
            results = export.export(List.of(replace, delete));
        }
        assertTrue(results.stream().allMatch(r -> r.errorCode() == MAExportError.Success), results.toString());

        List<CSEntryChange> delta = new ArrayList<>();
        try (ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Delta, 100, watermark, null), schema)) {
            while (session.hasMorePages()) {
                delta.addAll(session.nextPage().entries());
            }
        }
        CSEntryChange replaced = delta.stream().filter(c -> c.anchor("EmployeeId").orElseThrow().value().equals("1002"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Principal Engineer"), replaced.attribute("title").orElseThrow().addedValues());
        CSEntryChange deleted = delta.stream().filter(c -> c.anchor("EmployeeId").orElseThrow().value().equals("1001"))
                .findFirst().orElseThrow();
        assertEquals(ObjectModificationType.Delete, deleted.objectModificationType());
    }

    @Test
    void passwordSetChangeAndRefusals() {
        String id = firstEmployeeId();
        Map<String, List<Object>> attrs = Map.of("EmployeeId", List.of(id));
        runtime.password(new PasswordCall("CN=" + id, "User", attrs, PasswordOperationType.SetPassword, null, null, "Initial#2024"));
        runtime.password(new PasswordCall("CN=" + id, "User", attrs, PasswordOperationType.ChangePassword, null, "Initial#2024", "Changed#2025"));

        PasswordRejectedException wrongOld = assertThrows(PasswordRejectedException.class, () -> runtime.password(
                new PasswordCall("CN=" + id, "User", attrs, PasswordOperationType.ChangePassword, null, "nope-nope", "Other#2026")));
        assertEquals(PasswordErrorKind.EXTENSION, wrongOld.errorKind());
        PasswordRejectedException tooShort = assertThrows(PasswordRejectedException.class, () -> runtime.password(
                new PasswordCall("CN=" + id, "User", attrs, PasswordOperationType.SetPassword, null, null, "short")));
        assertEquals(PasswordErrorKind.POLICY_VIOLATION, tooShort.errorKind());
        assertTrue(tooShort.getMessage().contains("at least 8 characters"), tooShort.getMessage());
    }

    private String firstEmployeeId() {
        try {
            return Files.readAllLines(t.folders.dataDir().resolve("users.csv")).get(1).split(",")[0].replace("\"", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package io.openecma.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.schemas.definition.ConfigParameter;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ConnectorDefinitionLoader;
import io.openecma.schemas.definition.DeleteFlow;
import io.openecma.schemas.definition.DisableFlow;
import io.openecma.schemas.definition.ScriptKind;
import io.openecma.schemas.events.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code from-ecma2host} on the Roster test connector's export (our own connector, in the layout
 * of an ECMA2Host configuration export: test resources {@code ecma2host/}).
 */
class FromEcma2HostTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static Path resource(String name) throws Exception {
        return Path.of(FromEcma2HostTest.class.getResource("/ecma2host/" + name).toURI());
    }

    int run(String... args) {
        out.reset();
        err.reset();
        return new ConnectorCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0])).run(args);
    }

    Path convert() throws Exception {
        Path folder = temp.resolve("Roster");
        assertEquals(0, run("from-ecma2host", resource("Configuration - Roster.xml").toString(), folder.toString()), err.toString());
        return folder;
    }

    @Test
    void theExportBecomesAConnectorFolderThatLoads() throws Exception {
        Path folder = convert();
        ConnectorDefinition def = ConnectorDefinitionLoader.load(folder);

        assertEquals("Roster", def.name());
        assertEquals("Person", def.objectType());
        assertEquals("PersonId", def.anchorAttribute());
        assertEquals(List.of("PersonId", "DisplayName", "Mail", "Active"), def.selectedAttributes());
        assertEquals(DisableFlow.None, def.deprovisioning().disableFlow());
        assertEquals(DeleteFlow.Delete, def.deprovisioning().deleteFlow());
        assertEquals(60, def.autosyncMinutes());
        assertEquals(200, def.pageSizes().importPageSize());
        assertEquals(50, def.pageSizes().exportBatchSize());
        assertEquals(2, def.scriptTimeoutMinutes());
        assertTrue(def.capabilities().enableExport());
        assertFalse(def.capabilities().enableDeltaImport());
        assertEquals(List.of(ScriptKind.Schema, ScriptKind.Import, ScriptKind.BeginExport, ScriptKind.Export, ScriptKind.EndExport),
                List.copyOf(def.scripts().keySet()));
        assertTrue(def.script(ScriptKind.Export).orElseThrow().body().contains("$Global:RosterRows"));
        assertEquals("RosterCommon.psm1", def.commonModule().name());
        assertTrue(def.commonModule().body().startsWith("# Roster connector's common module"));
        // The keys scripts read are ECMA2Host's own, not FileName_Global_Global.
        assertEquals(List.of("FileName_Global", "Separator_Global", "ApiToken_Global", "FileName_RunStep", "Server", "Domain",
                        "Additional Config Parameter Names", "Additional Encrypted Config Parameter Names"),
                def.parameters().stream().map(ConfigParameter::key).toList());
        assertEquals("Roster.csv", def.parameter("FileName_Global").orElseThrow().value());
        assertEquals("FileName,Separator", def.parameter("Additional Config Parameter Names").orElseThrow().value());
        // Secrets are never guessed: left empty and marked.
        assertTrue(def.parameter("ApiToken_Global").orElseThrow().isMissingEncryptedValue());
        assertEquals("svc-roster", def.credential().user());
        assertNull(def.credential().encryptedPassword());
        String yaml = Files.readString(folder.resolve("connector.yaml"));
        assertEquals(2, yaml.split("# TO FILL IN:", -1).length - 1, yaml);
        // Scripts are written with a byte order mark, as Windows PowerShell reads UTF-8 without guessing.
        assertEquals((byte) 0xEF, Files.readAllBytes(folder.resolve("Schema.ps1"))[0]);
    }

    @Test
    void theSummarySaysWhatToFillInAndGivesTheNewToken() throws Exception {
        convert();
        JsonNode summary = Json.mapper().readTree(out.toString());

        assertEquals("Roster", summary.get("connector").asText());
        assertEquals(List.of("parameters: ApiToken_Global (encrypted, Global)",
                        "credential.password (the connector account's password for user 'svc-roster')"),
                Json.mapper().convertValue(summary.get("toFillIn"), List.class));
        assertTrue(summary.get("secretToken").asText().length() >= 12);
        String hash = ConnectorDefinitionLoader.load(temp.resolve("Roster")).secretTokenHash();
        assertTrue(io.openecma.schemas.crypto.TokenHash.verify(summary.get("secretToken").asText(), hash));
    }

    @Test
    void validateNamesTheEncryptedValuesStillMissing() throws Exception {
        Path folder = convert();

        assertEquals(1, run(folder.toString(), "validate", "--data", temp.resolve("data").toString()));
        assertTrue(err.toString().contains("encrypted values not filled in yet in connector.yaml: "
                + "parameters: ApiToken_Global (encrypted, Global); credential.password (user 'svc-roster')"), err.toString());
    }

    @Test
    void aFolderThatIsNotEmptyIsNotOverwritten() throws Exception {
        Path folder = convert();

        assertEquals(1, run("from-ecma2host", resource("Configuration - Roster.xml").toString(), folder.toString()));
        assertTrue(err.toString().contains("exists and is not empty"), err.toString());
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedWithTheReason() throws Exception {
        Path bogus = temp.resolve("bogus.xml");
        Files.writeString(bogus, "<Something/>");

        assertEquals(1, run("from-ecma2host", bogus.toString(), temp.resolve("X").toString()));
        assertTrue(err.toString().contains("is not an ECMA2Host connector export: the root element is <Something>"), err.toString());
        assertEquals(2, run("from-ecma2host"));
    }
}

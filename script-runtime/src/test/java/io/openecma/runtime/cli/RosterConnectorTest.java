package io.openecma.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.schemas.events.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Roster test connector, converted from its ECMA2Host export and run through the CLI: the
 * constructs of Microsoft's ECMA2HostCSV sample (Schema.xml in the ECMA folder read with [xml] and
 * GetElementsByTagName, strict mode in scripts and module, $Global: state from Begin to End Export).
 */
class RosterConnectorTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path folder;
    private Path data;

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return new ConnectorCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0])).run(all.toArray(String[]::new));
    }

    private void convertAndPlaceFiles() throws Exception {
        folder = temp.resolve("Roster");
        data = temp.resolve("data");
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(ignored, true, StandardCharsets.UTF_8);
        assertEquals(0, new ConnectorCli(sink, sink, new ByteArrayInputStream(new byte[0])).run(new String[] {
                "from-ecma2host", FromEcma2HostTest.resource("Configuration - Roster.xml").toString(), folder.toString()}),
                ignored.toString());
        // Where ECMA2Host's administrator put them: Schema.xml in the ECMA folder, the data file in MAData.
        Files.createDirectories(data.resolve("ECMA"));
        Files.createDirectories(data.resolve("MAData"));
        Files.copy(FromEcma2HostTest.resource("Schema.xml"), data.resolve("ECMA/Schema.xml"));
        Files.copy(FromEcma2HostTest.resource("Roster.csv"), data.resolve("MAData/Roster.csv"));
    }

    @Test
    void schemaImportAndExportRunAsUnderEcma2Host() throws Exception {
        convertAndPlaceFiles();

        assertEquals(0, run(folder.toString(), "schema"), err.toString());
        JsonNode type = Json.mapper().readTree(out.toString()).get("types").get(0);
        assertEquals("Person", type.get("name").asText());
        assertEquals(4, type.get("attributes").size());
        // Stream lines name the file and line: here the common module's, called from the Schema script.
        assertTrue(err.toString().contains("[Schema.ps1, RosterCommon.psm1:15 verbose] roster[] schema read with 4 attributes"),
                err.toString());

        assertEquals(0, run(folder.toString(), "import", "--full"), err.toString());
        assertTrue(err.toString().contains("using the schema kept from the Schema script run"), err.toString());
        assertTrue(!err.toString().contains("[Schema.ps1"), "import ran the Schema script: " + err);
        JsonNode page = Json.mapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertEquals(2, page.get("entries").size());
        assertTrue(err.toString().contains("[Import.ps1, RosterCommon.psm1:15 verbose] roster[] imported 2 rows"), err.toString());

        Path changes = temp.resolve("changes.json");
        Files.writeString(changes, """
                [{"identifier":"00000000-0000-4000-8000-000000000001","objectType":"Person","dn":null,
                  "objectModificationType":"Add","anchorAttributes":[{"name":"PersonId","value":"p-300"}],
                  "attributeChanges":[
                    {"name":"DisplayName","modificationType":"Add","valueChanges":[{"value":"Alan Turing","modificationType":"Add"}]},
                    {"name":"Mail","modificationType":"Add","valueChanges":[{"value":"alan@example.org","modificationType":"Add"}]}]},
                 {"identifier":"00000000-0000-4000-8000-000000000002","objectType":"Person","dn":null,
                  "objectModificationType":"Delete","anchorAttributes":[{"name":"PersonId","value":"p-200"}],"attributeChanges":[]}]
                """);
        assertEquals(0, run(folder.toString(), "export", "--changes", changes.toString()), err.toString());
        assertTrue(err.toString().contains("roster[] export closed: 2 changes, 2 rows written"), err.toString());
        String csv = Files.readString(data.resolve("MAData/Roster.csv"));
        assertTrue(csv.contains("\"p-300\";\"Alan Turing\";\"alan@example.org\""), csv);
        assertTrue(csv.contains("\"p-100\""), csv);
        assertTrue(!csv.contains("p-200"), csv);
    }
}

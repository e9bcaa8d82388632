package io.openecma.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.runtime.pwsh.PwshCommand;
import io.openecma.runtime.pwsh.StandIn;
import io.openecma.schemas.events.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectorCliTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return new ConnectorCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).run(args);
    }

    private static Path csv() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("examples/connectors/csv"))) {
            p = p.getParent();
        }
        return p.resolve("examples/connectors/csv");
    }

    @Test
    void badUsageExitsWithTwoAndTheUsage() {
        assertEquals(2, run("", "only-a-folder"));
        assertTrue(err.toString().contains("usage: openecma-connector"), err.toString());
        assertEquals(2, run("", csv().toString(), "import", "--bogus"));
        assertTrue(err.toString().contains("unknown argument '--bogus'"), err.toString());
    }

    @Test
    void anInvalidConnectorFolderIsReportedWithItsProblems() {
        assertEquals(1, run("", temp.toString(), "schema"));
        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void importNeedsFullOrDelta() {
        assertEquals(2, run("", csv().toString(), "import", "--data", temp.toString()));
        assertTrue(err.toString().contains("exactly one of --full and --delta"), err.toString());
    }

    @Test
    void schemaAndValidateOnTheCsvConnector() throws Exception {
        Path data = temp.resolve("data");
        assertEquals(0, run("", csv().toString(), "schema", "--data", data.toString()), err.toString());
        JsonNode schema = Json.mapper().readTree(out.toString());
        assertEquals("User", schema.get("types").get(0).get("name").asText());
        assertEquals(9, schema.get("types").get(0).get("attributes").size());
        // Stream lines name the file and line that wrote them.
        assertTrue(err.toString().contains("[Schema.ps1:34 verbose] Schema: User with 9 attributes"), err.toString());

        out.reset();
        assertEquals(0, run("", csv().toString(), "validate", "--page", "Global", "--data", data.toString()), err.toString());
        assertTrue(Json.mapper().readTree(out.toString()).get("success").asBoolean());
    }

    @Test
    void aFailingScriptExitsWithOneAndNamesScriptAndLine() throws Exception {
        Path connector = temp.resolve("csv");
        copyFolder(csv(), connector);
        Files.writeString(connector.resolve("Schema.ps1"), "param($ConfigParameters)\n\nthrow 'broken schema'\n");
        assertEquals(1, run("", connector.toString(), "schema", "--data", temp.resolve("d").toString()));
        assertTrue(err.toString().contains("error: Schema Script (Schema.ps1:3:1): broken schema"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aConnectorAskingForPwshRunsOnTheConfiguredPwsh() throws Exception {
        Path connector = temp.resolve("csv");
        copyFolder(csv(), connector);
        Path yaml = connector.resolve("connector.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("runtime: embedded", "runtime: pwsh"));
        withPwsh(StandIn.wrapperScript(temp).toString(), () -> {
            assertEquals(0, run("", connector.toString(), "schema", "--data", temp.resolve("d").toString()), err.toString());
            assertEquals("User", Json.mapper().readTree(out.toString()).get("types").get(0).get("name").asText());
            assertTrue(err.toString().contains("[Schema.ps1 verbose] Schema: User with 9 attributes"), err.toString());
        });
    }

    @Test
    void runtimeOptionOverridesTheDefinition() throws Exception {
        withPwsh(temp.resolve("no-such-dir/pwsh").toString(), () -> {
            assertEquals(1, run("", csv().toString(), "schema", "--runtime", "pwsh", "--data", temp.resolve("d").toString()));
            assertTrue(err.toString().contains(temp.resolve("no-such-dir/pwsh") + " (system property openecma.pwsh)"), err.toString());
            assertTrue(err.toString().contains("OPENECMA_PWSH"), err.toString());
        });
        err.reset();
        assertEquals(2, run("", csv().toString(), "schema", "--runtime", "dotnet"));
        assertTrue(err.toString().contains("--runtime must be embedded or pwsh, not 'dotnet'"), err.toString());

        Path connector = temp.resolve("csv");
        copyFolder(csv(), connector);
        Path yaml = connector.resolve("connector.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("runtime: embedded", "runtime: pwsh"));
        withPwsh(temp.resolve("no-such-dir/pwsh").toString(), () ->
                assertEquals(0, run("", connector.toString(), "schema", "--runtime", "embedded", "--data",
                        temp.resolve("e").toString()), err.toString()));
    }

    interface Body {
        void run() throws Exception;
    }

    private static void withPwsh(String executable, Body body) throws Exception {
        String before = System.getProperty(PwshCommand.PROPERTY);
        System.setProperty(PwshCommand.PROPERTY, executable);
        try {
            body.run();
        } finally {
            if (before == null) {
                System.clearProperty(PwshCommand.PROPERTY);
            } else {
                System.setProperty(PwshCommand.PROPERTY, before);
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path d = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(f, d);
                }
            }
        }
    }

    @Test
    void importExportAndPasswordEndToEndOnTheCsvConnector() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("MAData"));
        Files.copy(csv().resolve("data/users.csv"), data.resolve("MAData/users.csv"));

        assertEquals(0, run("", csv().toString(), "import", "--full", "--page-size", "3", "--data", data.toString()), err.toString());
        String[] lines = out.toString().trim().split("\n");
        assertEquals(3, lines.length);
        assertEquals(3, Json.mapper().readTree(lines[0]).get("entries").size());
        assertTrue(Json.mapper().readTree(lines[2]).has("watermark"));
        assertTrue(err.toString().contains("[Import.ps1:"), err.toString());

        Path changes = temp.resolve("changes.json");
        Files.writeString(changes, """
                [{"identifier":"6f1c1d3e-0000-4000-8000-000000000001","objectType":"User","dn":null,
                  "objectModificationType":"Add","anchorAttributes":[],
                  "attributeChanges":[{"name":"EmployeeId","modificationType":"Add","valueChanges":[{"value":"7001","modificationType":"Add"}]}]}]
                """);
        out.reset();
        assertEquals(0, run("", csv().toString(), "export", "--changes", changes.toString(), "--data", data.toString()), err.toString());
        JsonNode results = Json.mapper().readTree(out.toString());
        assertEquals("Success", results.get(0).get("errorCode").asText());

        out.reset();
        assertEquals(0, run("Secret#2024\n", csv().toString(), "password", "--set", "--anchor", "7001", "--data", data.toString()), err.toString());
        out.reset();
        assertEquals(1, run("short\n", csv().toString(), "password", "--set", "--anchor", "7001", "--data", data.toString()));
        assertTrue(err.toString().contains("POLICY_VIOLATION"), err.toString());
    }

    @Test
    void importAndExportUseTheSchemaTheLastSchemaRunKept() throws Exception {
        Path connector = temp.resolve("csv");
        copyFolder(csv(), connector);
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("MAData"));
        Files.copy(csv().resolve("data/users.csv"), data.resolve("MAData/users.csv"));
        assertEquals(0, run("", connector.toString(), "schema", "--data", data.toString()), err.toString());
        assertTrue(Files.isRegularFile(data.resolve("schema.json")));
        // From now on the Schema script would fail (an unreachable target): import and export do not need it.
        Files.writeString(connector.resolve("Schema.ps1"), "param($ConfigParameters)\nthrow 'target unreachable'\n");

        err.reset();
        assertEquals(0, run("", connector.toString(), "import", "--full", "--data", data.toString()), err.toString());
        assertTrue(err.toString().contains("[schema] using the schema kept from the Schema script run"), err.toString());
        Path changes = temp.resolve("changes.json");
        Files.writeString(changes, "[]");
        assertEquals(0, run("", connector.toString(), "export", "--changes", changes.toString(), "--data", data.toString()),
                err.toString());

        err.reset();
        assertEquals(1, run("", connector.toString(), "import", "--full", "--refresh-schema", "--data", data.toString()));
        assertTrue(err.toString().contains("target unreachable"), err.toString());
    }

    @Test
    void anErrorLineNamesTheCommonModuleAndItsLine() throws Exception {
        Path connector = temp.resolve("csv");
        copyFolder(csv(), connector);
        Files.writeString(connector.resolve("CsvConnectorCommon.psm1"), "function Test-Broken {\n  Write-Verbose 'in module'\n"
                + "  Write-Error 'module complains'\n}\n" + Files.readString(connector.resolve("CsvConnectorCommon.psm1"))
                + "\nExport-ModuleMember -Function Test-Broken\n");
        Path schema = connector.resolve("Schema.ps1");
        String body = Files.readString(schema);
        int afterImport = body.indexOf('\n', body.indexOf("Import-Module")) + 1;
        Files.writeString(schema, body.substring(0, afterImport) + "Test-Broken\n" + body.substring(afterImport));

        assertEquals(0, run("", connector.toString(), "schema", "--data", temp.resolve("d").toString()), err.toString());
        assertTrue(err.toString().contains("[Schema.ps1, CsvConnectorCommon.psm1:2 verbose] in module"), err.toString());
        assertTrue(err.toString().contains("[Schema.ps1, CsvConnectorCommon.psm1:3 error] module complains"), err.toString());
    }

    @Test
    void passwordEntryGivesTheScriptTheWholeObject() throws Exception {
        Path connector = temp.resolve("csv");
        copyFolder(csv(), connector);
        Files.writeString(connector.resolve("Password.ps1"), """
                param($ConfigParameters, $CSEntry, $OperationType, $NewPassword)
                Write-Verbose ("entry {0} {1} {2} {3}" -f $CSEntry['EmployeeId'].Value, $CSEntry['firstName'].Value,
                    $CSEntry['isActive'].Value, ($CSEntry['department'].Values -join '+'))
                """);
        Path entry = temp.resolve("entry.json");
        Files.writeString(entry, "{\"EmployeeId\": \"7001\", \"firstName\": \"Ada\", \"isActive\": true, \"department\": [\"R\", \"D\"]}");

        assertEquals(0, run("pw\n", connector.toString(), "password", "--set", "--entry", entry.toString(),
                "--data", temp.resolve("d").toString()), err.toString());
        assertTrue(err.toString().contains("verbose] entry 7001 Ada True R+D"), err.toString());

        assertEquals(2, run("pw\n", connector.toString(), "password", "--set", "--entry", entry.toString(), "--anchor", "9",
                "--data", temp.resolve("d").toString()));
        assertTrue(err.toString().contains("--anchor '9' differs from EmployeeId in the entry file [7001]"), err.toString());
    }
}

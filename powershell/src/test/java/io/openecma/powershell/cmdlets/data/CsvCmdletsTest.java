package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCmdletsTest {
    @TempDir
    Path root;

    private static PSObject obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], kv[k + 1]);
        }
        return PSObject.customObject(m);
    }

    @Test
    void exportCsvWritesTypeLineAndQuotesEverything() throws Exception {
        CmdletRun.of("Export-Csv", root).with("Path", "e.csv").pipe(obj("a", 1, "b", "x"), obj("a", 2, "b", "y,z"));
        assertEquals("#TYPE System.Management.Automation.PSCustomObject\r\n\"a\",\"b\"\r\n\"1\",\"x\"\r\n"
                + "\"2\",\"y,z\"\r\n", Files.readString(root.resolve("e.csv")));
    }

    @Test
    void exportCsvNoTypeInformationAndQuotes() throws Exception {
        CmdletRun.of("Export-Csv", root).with("Path", "n.csv").with("NoTypeInformation", true)
                .pipe(obj("id", 7, "name", "say \"hi\"", "gone", null));
        assertEquals("\"id\",\"name\",\"gone\"\r\n\"7\",\"say \"\"hi\"\"\",\r\n",
                Files.readString(root.resolve("n.csv")));
    }

    @Test
    void exportCsvIsAsciiByDefault() throws Exception {
        CmdletRun.of("Export-Csv", root).with("Path", "a.csv").with("NTI", true).pipe(obj("n", "Jürgen"));
        assertEquals("\"n\"\r\n\"J?rgen\"\r\n", Files.readString(root.resolve("a.csv")));
        CmdletRun.of("Export-Csv", root).with("Path", "u.csv").with("NTI", true).with("Encoding", "UTF8")
                .pipe(obj("n", "Jürgen"));
        assertEquals("\uFEFF\"n\"\r\n\"Jürgen\"\r\n", Files.readString(root.resolve("u.csv")));
    }

    @Test
    void laterObjectsUseTheFirstObjectsColumns() {
        List<Object> lines = CmdletRun.of("ConvertTo-Csv", root).with("NoTypeInformation", true)
                .pipe(obj("a", 1, "b", 2), obj("b", 3, "c", 4)).output;
        assertEquals(List.of("\"a\",\"b\"", "\"1\",\"2\"", ",\"3\""), lines);
    }

    @Test
    void convertToCsvOfOtherValues() {
        PSHashtable h = new PSHashtable();
        h.put("k", "v");
        assertEquals(List.of("#TYPE System.Collections.Hashtable",
                "\"IsReadOnly\",\"IsFixedSize\",\"IsSynchronized\",\"Keys\",\"Values\",\"SyncRoot\",\"Count\"",
                "\"False\",\"False\",\"False\",\"System.Collections.Hashtable+KeyCollection\","
                        + "\"System.Collections.Hashtable+ValueCollection\",\"System.Object\",\"1\""),
                CmdletRun.of("ConvertTo-Csv", root).pipe(h).output);
        assertEquals(List.of("\"a\";\"b\"", "\"1.5\";\"System.Object[]\""), CmdletRun.of("ConvertTo-Csv", root)
                .with("NTI", true).with("Delimiter", ';').pipe(obj("a", 1.5, "b", new Object[] {1, 2})).output);
    }

    @Test
    void exportAppendUsesTheExistingHeader() throws Exception {
        CmdletRun.of("Export-Csv", root).with("Path", "ap.csv").with("NTI", true).pipe(obj("a", 1, "b", 2));
        CmdletRun.of("Export-Csv", root).with("Path", "ap.csv").with("NTI", true).with("Append", true)
                .pipe(obj("b", 4, "a", 3));
        assertEquals("\"a\",\"b\"\r\n\"1\",\"2\"\r\n\"3\",\"4\"\r\n", Files.readString(root.resolve("ap.csv")));
    }

    @Test
    void importCsvRoundTrip() {
        CmdletRun.of("Export-Csv", root).with("Path", "rt.csv").with("NTI", true)
                .pipe(obj("Id", "1", "Mail", "a@example.com"), obj("Id", "2", "Mail", "b@example.com"));
        List<Object> rows = CmdletRun.of("Import-Csv", root).with("Path", "rt.csv").run().output;
        assertEquals(2, rows.size());
        assertEquals("b@example.com", ((PSObject) rows.get(1)).get("Mail"));
        assertEquals(List.of("Id", "Mail"),
                ((PSObject) rows.get(0)).properties().stream().map(PSObject.NoteProperty::name).toList());
    }

    @Test
    void importCsvFromWrittenText() throws Exception {
        Files.writeString(root.resolve("in.csv"), "EmployeeId,GivenName,Groups\r\n100,Ann,\"a;b\"\r\n101,Bob,\r\n102\r\n");
        List<Object> rows = CmdletRun.of("Import-Csv", root).with("Path", "in.csv").run().output;
        assertEquals("a;b", ((PSObject) rows.get(0)).get("Groups"));
        assertEquals("", ((PSObject) rows.get(1)).get("Groups"));
        assertNull(((PSObject) rows.get(2)).get("GivenName"));
    }

    @Test
    void importCsvTypeLineBecomesACsvTypeName() throws Exception {
        Files.writeString(root.resolve("t.csv"), "#TYPE My.Thing\r\n\"a\"\r\n\"1\"\r\n");
        PSObject row = (PSObject) CmdletRun.of("Import-Csv", root).with("Path", "t.csv").run().single();
        assertEquals("CSV:My.Thing", row.typeNames().get(0));
        assertEquals("1", row.get("a"));
    }

    @Test
    void importCsvErrors() throws Exception {
        assertEquals(1, CmdletRun.of("Import-Csv", root).with("Path", "none.csv").run().errors.size());
        Files.writeString(root.resolve("dup.csv"), "a,A\r\n1,2\r\n");
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> CmdletRun.of("Import-Csv", root).with("Path", "dup.csv").run());
        assertEquals("The member \"A\" is already present.", e.getMessage());
        Files.writeString(root.resolve("empty-header.csv"), "a,,c\r\n1,2,3\r\n");
        CmdletRun run = CmdletRun.of("Import-Csv", root).with("Path", "empty-header.csv").run();
        assertEquals("2", ((PSObject) run.single()).get("H2"));
        assertEquals(1, run.warnings.size());
    }

    @Test
    void convertFromCsvGathersPipelineLines() {
        List<Object> rows = CmdletRun.of("ConvertFrom-Csv", root).pipe("a,b", "1,2", "3,4").output;
        assertEquals(2, rows.size());
        assertEquals("2", ((PSObject) rows.get(0)).get("b"));
        PSObject custom = (PSObject) CmdletRun.of("ConvertFrom-Csv", root).with("Header", new String[] {"x", "y"})
                .with("Delimiter", ';').pipe("1;2").single();
        assertEquals("1", custom.get("x"));
        assertEquals("2", custom.get("y"));
        List<Object> quoted = CmdletRun.of("ConvertFrom-Csv", root)
                .pipe("n,v", "\"a,b\",2", "\"say \"\"hi\"\"\",3", "empty,").output;
        assertEquals("a,b", ((PSObject) quoted.get(0)).get("n"));
        assertEquals("say \"hi\"", ((PSObject) quoted.get(1)).get("n"));
        assertEquals("", ((PSObject) quoted.get(2)).get("v"));
    }
}

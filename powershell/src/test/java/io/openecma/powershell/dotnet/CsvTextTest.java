package io.openecma.powershell.dotnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    @Test
    void writesEveryValueQuotedWithTypeLine() {
        List<String> lines = CsvText.write(List.of("Name", "Note"),
                List.of(Arrays.asList("Ada", "say \"hi\""), Arrays.asList("Bob", null), Arrays.asList("", "a,b")),
                ',', "System.Management.Automation.PSCustomObject");
        assertEquals(List.of(
                "#TYPE System.Management.Automation.PSCustomObject",
                "\"Name\",\"Note\"",
                "\"Ada\",\"say \"\"hi\"\"\"",
                "\"Bob\",",
                "\"\",\"a,b\""), lines);
    }

    @Test
    void noTypeInformationAndDelimiter() {
        assertEquals(List.of("\"a\";\"b\"", "\"1\";\"2\""),
                CsvText.write(List.of("a", "b"), List.of(List.of("1", "2")), ';', null));
    }

    @Test
    void readsHeaderAndRows() {
        CsvText.Table t = CsvText.read("Name,Mail\r\nAda,ada@x\r\nBob,bob@x\r\n", ',', null);
        assertNull(t.typeName());
        assertEquals(List.of("Name", "Mail"), t.headers());
        assertEquals(List.of(List.of("Ada", "ada@x"), List.of("Bob", "bob@x")), t.rows());
        assertFalse(t.defaultHeadersUsed());
    }

    @Test
    void readsWhatWriteProduces() {
        List<String> lines = CsvText.write(List.of("k", "v"),
                List.of(Arrays.asList("multi\nline", "q\"uote"), Arrays.asList("x", null)), ',', "My.Type");
        CsvText.Table t = CsvText.read(String.join("\r\n", lines), ',', null);
        assertEquals("My.Type", t.typeName());
        assertEquals(List.of("k", "v"), t.headers());
        assertEquals(List.of(Arrays.asList("multi\nline", "q\"uote"), Arrays.asList("x", "")), t.rows());
    }

    @Test
    void missingValuesAreNullEmptyOnesAreEmpty() {
        CsvText.Table t = CsvText.read("a,b,c\n1,,\n2\n", ',', null);
        assertEquals(Arrays.asList("1", "", ""), t.rows().get(0));
        assertEquals(Arrays.asList("2", null, null), t.rows().get(1));
    }

    @Test
    void extraValuesAreDroppedAndBlankLinesSkipped() {
        CsvText.Table t = CsvText.read("a,b\n\n1,2,3\n\n", ',', null);
        assertEquals(List.of(List.of("1", "2")), t.rows());
    }

    @Test
    void explicitHeaderMakesTheFirstLineData() {
        CsvText.Table t = CsvText.read("1,2\n3,4", ',', List.of("x", "y"));
        assertEquals(List.of("x", "y"), t.headers());
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), t.rows());
    }

    @Test
    void quotingDetails() {
        CsvText.Table t = CsvText.read("a,b,c\n\"x, y\" , \"z\",p\"q\n", ',', null);
        assertEquals(List.of("x, y", "z", "p\"q"), t.rows().get(0));
        // 5.1's ParseNextRecord skips blanks before a value; a blank after it is kept (ReadTillNextDelimiter).
        CsvText.Table spaces = CsvText.read("a,b\n x , y\n", ',', null);
        assertEquals(List.of("x ", "y"), spaces.rows().get(0));
    }

    @Test
    void otherDelimitersAndBom() {
        CsvText.Table t = CsvText.read("\uFEFFa\tb\n1\t2", '\t', null);
        assertEquals(List.of("a", "b"), t.headers());
        assertEquals(List.of(List.of("1", "2")), t.rows());
    }

    @Test
    void typeLineIsCaseInsensitiveAndOtherCommentsAreSkipped() {
        CsvText.Table t = CsvText.read("#Type Foo.Bar\n#comment\na\n1", ',', null);
        assertEquals("Foo.Bar", t.typeName());
        assertEquals(List.of(List.of("1")), t.rows());
    }

    @Test
    void emptyHeadersGetDefaultNames() {
        CsvText.Table t = CsvText.read("a,,c\n1,2,3", ',', null);
        assertEquals(List.of("a", "H2", "c"), t.headers());
        assertTrue(t.defaultHeadersUsed());
    }

    @Test
    void duplicateHeadersAreAnError() {
        CsvText.DuplicateHeaderException e = assertThrows(CsvText.DuplicateHeaderException.class,
                () -> CsvText.read("Name,name\n1,2", ',', null));
        assertEquals("The member \"name\" is already present.", e.getMessage());
    }

    @Test
    void emptyInput() {
        CsvText.Table t = CsvText.read("", ',', null);
        assertEquals(List.of(), t.headers());
        assertEquals(List.of(), t.rows());
        CsvText.Table headerOnly = CsvText.read("a,b\r\n", ',', null);
        assertEquals(List.of("a", "b"), headerOnly.headers());
        assertEquals(List.of(), headerOnly.rows());
    }
}

package io.openecma.powershell.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ConvertTo-/ConvertFrom-CliXml (7.5, XmlCommands.cs), dictionaries through CLIXML
 * (serialization.cs ReadDictionary/PSDictionary) and Import-Clixml's paging (ImportXmlHelper.Import).
 */
class CliXmlStringTest {
    @TempDir
    Path root;

    private List<String> run(String script) {
        return XmlScripts.lines(root, script);
    }

    @Test
    void convertToCliXmlIsTheExportedFileText() {
        assertEquals(List.of("True", "1"), run("$x = 1,2,3 | ConvertTo-CliXml; 1,2,3 | Export-Clixml t.xml\n"
                + "(Get-Content t.xml -Raw) -eq $x; @($x).Count"));
    }

    @Test
    void convertFromCliXmlWritesOneObjectAsItselfAndSeveralAsOneArray() {
        assertEquals(List.of("True", "3", "True", "4"), run("$a = 1,2,3 | ConvertTo-CliXml | ConvertFrom-CliXml\n"
                + "$a -is [object[]]; $a.Count\n"
                + "$l = ConvertTo-CliXml -InputObject @(1,2,3,4) | ConvertFrom-CliXml; $l -is [System.Collections.ArrayList]; $l.Count"));
    }

    @Test
    void convertToCliXmlDepthIsAtLeastOne() {
        assertEquals(List.of("ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ConvertToClixmlCommand"),
                run("try { 1 | ConvertTo-CliXml -Depth 0 } catch { $_.FullyQualifiedErrorId }"));
    }

    @Test
    void orderedDictionaryComesBackOrdered() {
        assertEquals(List.of("OrderedDictionary", "b", "a", "Hashtable"),
                run("$o = [ordered]@{ b = 1; a = 2 } | ConvertTo-CliXml | ConvertFrom-CliXml; $o.GetType().Name; $o.Keys\n"
                        + "(@{ a = 1 } | ConvertTo-CliXml | ConvertFrom-CliXml).GetType().Name"));
    }

    @Test
    void caseSensitiveKeysSurviveAndExactDuplicatesAreKept() {
        assertEquals(List.of("2", "2", "2"), run("$h = [hashtable]::new(); $h['a'] = 1; $h['A'] = 2; $h.Count\n"
                + "($h | ConvertTo-CliXml | ConvertFrom-CliXml).Count\n"
                + "$x = '<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"><Obj RefId=\"0\">"
                + "<TN RefId=\"0\"><T>System.Collections.Hashtable</T></TN><DCT>"
                + "<En><S N=\"Key\">k</S><I32 N=\"Value\">1</I32></En><En><S N=\"Key\">k</S><I32 N=\"Value\">2</I32></En>"
                + "</DCT></Obj></Objs>'\n"
                + "(ConvertFrom-CliXml $x).Count"));
    }

    @Test
    void importClixmlPagesThroughItemsAndReportsAnUnknownTotal() {
        assertEquals(List.of("b", "c", "Unknown total count", "2", "k2=2"),
                run("'a','b','c','d' | Export-Clixml p.xml; Import-Clixml p.xml -Skip 1 -First 2\n"
                        + "(Import-Clixml p.xml -IncludeTotalCount -First 0).ToString()\n"
                        + "[ordered]@{ k1 = 1; k2 = 2 } | Export-Clixml d.xml; $e = Import-Clixml d.xml -Skip 1\n"
                        + "$i = Import-Clixml d.xml; $i.Count; '{0}={1}' -f $e.Key, $e.Value"));
    }

    @Test
    void cmdletClassesHoldTheirParameters() {
        assertEquals(List.of("foo", "True", "bar", "System.String[]", "True"),
                run("$e = [Microsoft.PowerShell.Commands.ExportClixmlCommand]::new(); $e.LiteralPath = 'foo'; $e.LiteralPath\n"
                        + "$e.NoClobber = $true; $e.NoClobber\n"
                        + "$i = [Microsoft.PowerShell.Commands.ImportClixmlCommand]::new(); $i.LiteralPath = 'bar'; $i.LiteralPath\n"
                        + "$i.LiteralPath.GetType().FullName\n"
                        + "$s = [Microsoft.PowerShell.Commands.SelectXmlCommand]::new(); $x = [xml]'<a/>'; $s.Xml = $x; [object]::ReferenceEquals($s.Xml, $x)"));
    }
}

package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ConvertTo-Csv / Export-Csv options added from PowerShell 6-7.4 under new names (CsvCommands.cs,
 * ExportCsvHelper; expected lines from ConvertTo-Csv.Tests.ps1). 5.1's default (#TYPE line, every
 * field quoted) is unchanged.
 */
class CsvQuotingTest {
    @TempDir
    Path root;

    private List<String> run(String script) {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults().withFileSystemRoots(List.of(root), root));
        ScriptResult result = engine.execute(ScriptSource.of("test.ps1", script), Map.of());
        assertTrue(result.terminatingError().isEmpty(), () -> result.terminatingError().get().describe());
        return result.output().stream().map(OutputFormatter::format).toList();
    }

    @Test
    void defaultStaysFiveOneAndUseQuotesChangesQuoting() {
        assertEquals(List.of(
                "#TYPE System.Management.Automation.PSCustomObject", "\"a\",\"b\"", "\"1\",\"x,y\"",
                "a,b", "1,x,y",
                "a,b", "1,\"x,y\"",
                "\"a\",b", "\"1\",x,y",
                "1,\"x,y\"",
                "#TYPE System.Management.Automation.PSCustomObject"), run("""
                $o = [pscustomobject]@{ a = 1; b = 'x,y' }
                $o | ConvertTo-Csv
                $o | ConvertTo-Csv -NoTypeInformation -UseQuotes Never
                $o | ConvertTo-Csv -NoTypeInformation -UseQuotes AsNeeded
                $o | ConvertTo-Csv -NoTypeInformation -QuoteFields A
                $o | ConvertTo-Csv -NoHeader -UseQuotes AsNeeded
                ($o | ConvertTo-Csv -IncludeTypeInformation)[0]
                """));
    }

    @Test
    void conflictingOptionsAreErrors() {
        assertEquals(List.of("CannotSpecifyQuoteFieldsAndUseQuotes,Microsoft.PowerShell.Commands.ConvertToCsvCommand",
                "CannotSpecifyBothAppendAndNoHeader,Microsoft.PowerShell.Commands.ExportCsvCommand"), run("""
                try { 1 | ConvertTo-Csv -UseQuotes Always -QuoteFields a } catch { $_.FullyQualifiedErrorId }
                try { 1 | Export-Csv -Path out.csv -Append -NoHeader } catch { $_.FullyQualifiedErrorId }
                """));
    }
}

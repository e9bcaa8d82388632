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
 * PowerShell 6+ parameters added because they are new names and leave 5.1's results alone:
 * Sort-Object -Stable/-Top/-Bottom (Sort-Object.cs) and Join-Path -AdditionalChildPath/-Extension
 * (CombinePathCommand.cs). Expected values from Sort-Object.Tests.ps1 and Join-Path.Tests.ps1.
 */
class SortAndJoinAdditionsTest {
    @TempDir
    Path root;

    private List<String> run(String script) {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults().withFileSystemRoots(List.of(root), root));
        ScriptResult result = engine.execute(ScriptSource.of("test.ps1", script), Map.of());
        assertTrue(result.terminatingError().isEmpty(), () -> result.terminatingError().get().describe());
        return result.output().stream().map(OutputFormatter::format).toList();
    }

    @Test
    void topAndBottomKeepTheEndsOfAStableSort() {
        assertEquals(List.of("1,2,3", "8,9,10", "10,9", "a1,a2,b1"), run("""
                (5, 3, 9, 1, 10, 8, 2 | Sort-Object -Top 3) -join ','
                (5, 3, 9, 1, 10, 8, 2 | Sort-Object -Bottom 3) -join ','
                (5, 3, 9, 1, 10, 8, 2 | Sort-Object -Top 2 -Descending) -join ','
                ([pscustomobject]@{k=1; n='b1'}, [pscustomobject]@{k=0; n='a1'}, [pscustomobject]@{k=0; n='a2'} |
                    Sort-Object k -Stable | ForEach-Object n) -join ','
                """));
    }

    @Test
    void topRejectsZeroAndAmbiguousSets() {
        assertEquals(List.of("ParameterArgumentValidationError,Microsoft.PowerShell.Commands.SortObjectCommand",
                        "AmbiguousParameterSet,Microsoft.PowerShell.Commands.SortObjectCommand"), run("""
                try { 1, 2 | Sort-Object -Top 0 } catch { $_.FullyQualifiedErrorId }
                try { 1, 2 | Sort-Object -Top 1 -Bottom 1 } catch { $_.FullyQualifiedErrorId }
                """));
    }

    @Test
    void joinPathAdditionalChildPathAndExtension() {
        // Path.ChangeExtension: "" removes the extension, a name without a dot gets one added.
        assertEquals(List.of("a\\b\\c\\d", "folder\\file.log", "folder\\file..", "folder\\file.tar.gz", "folder\\sub.log"), run("""
                Join-Path a b c d
                Join-Path folder file.txt -Extension .log
                Join-Path folder file...txt -Extension ''
                Join-Path folder file.txt -Extension tar.gz
                Join-Path folder sub -Extension .log
                """));
    }
}

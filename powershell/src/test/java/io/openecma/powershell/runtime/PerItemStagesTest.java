package io.openecma.powershell.runtime;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PowerShell streams each object through the next stage before the previous stage reads on, so
 * a variable a Where-Object block sets is seen per object by the ForEach-Object after it
 * (HelpersLanguage.psm1 Flatten-Ast does this with Get-Member's property names).
 */
class PerItemStagesTest {

    private static List<String> lines(String script) {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1", script), Map.of());
        r.terminatingError().ifPresent(e -> { throw new AssertionError(e.describe()); });
        return r.output().stream().map(OutputFormatter::format).toList();
    }

    @Test
    void aVariableSetInWhereObjectIsReadPerObjectDownstream() {
        assertEquals(List.of("p=a", "p=c"), lines("""
                function f { 'a','b','c' | Where-Object { ($p = $_) -ne 'b' } | ForEach-Object { "p=$p" } }
                f
                """));
    }

    @Test
    void aCounterAcrossStagesAdvancesPerObject() {
        assertEquals(List.of("1:x", "2:y"), lines("""
                $n = 0
                'x','y' | ForEach-Object { $n++; $_ } | ForEach-Object { "${n}:$_" }
                """));
    }

    @Test
    void stagesWithoutAssignmentsGiveTheSameOutput() {
        assertEquals(List.of("2", "4"), lines("1..4 | Where-Object { $_ % 2 -eq 0 } | ForEach-Object { \"$_\" }"));
    }
}

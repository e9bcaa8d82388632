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
 * A new variable looks for an AllScope variable of its name in the enclosing scopes only when some
 * variable of that name was ever given AllScope; these are the cases that must still find it.
 */
class AllScopeNamesTest {

    private static List<String> lines(String script) {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1", script), Map.of());
        r.terminatingError().ifPresent(e -> { throw new AssertionError(e.describe()); });
        return r.output().stream().map(OutputFormatter::format).toList();
    }

    @Test
    void optionGivenLaterWithSetVariableAndAnotherSpellingInTheChild() {
        assertEquals(List.of("before", "child"), lines("""
                $LaterShared = 'before'
                function f { $latershared = 'local' }
                f
                $LaterShared
                Set-Variable -Name LaterShared -Option AllScope
                function g { $LATERSHARED = 'child' }
                g
                $LaterShared
                """));
    }

    @Test
    void aVariableOfAnotherNameStaysLocal() {
        assertEquals(List.of("outer", "all2"), lines("""
                New-Variable -Name AllScopeOne -Value 'all' -Option AllScope
                $plain = 'outer'
                function f { $plain = 'inner'; $AllScopeOne = 'all2' }
                f
                $plain
                $AllScopeOne
                """));
    }
}

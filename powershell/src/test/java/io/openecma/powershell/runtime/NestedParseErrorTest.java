package io.openecma.powershell.runtime;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A script given to {@code [powershell]::Create().AddScript(...)} that does not parse fails with a
 * ParseException, or an IncompleteParseException when its first error is incomplete input
 * (AutomationEngine.ParseScriptBlock).
 */
class NestedParseErrorTest {

    private static List<Object> invoke(String script) {
        String literal = "'" + script.replace("'", "''") + "'";
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1",
                "try { [powershell]::Create().AddScript(" + literal + ").Invoke() } catch {"
                        + " $_.FullyQualifiedErrorId; $_.Exception.InnerException -is [System.Management.Automation.ParseException] }"),
                Map.of());
        assertEquals(List.of(), r.errors());
        return r.output();
    }

    @Test
    void incompleteInputIsAnIncompleteParseException() {
        assertEquals(List.of("IncompleteParseException", true), invoke("(1 + 1),"));
        assertEquals(List.of("IncompleteParseException", true), invoke("if ($true) {"));
        assertEquals(List.of("ParseException", true), invoke("1 | 2"));
    }
}

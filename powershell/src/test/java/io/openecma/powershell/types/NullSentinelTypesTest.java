package io.openecma.powershell.types;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DBNull and NullString are objects that {@code ??} keeps; AutomationNull in a variable is $null. */
class NullSentinelTypesTest {

    private static List<Object> run(String script) {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1", script), Map.of());
        assertEquals(List.of(), r.errors());
        return r.output();
    }

    @Test
    void sentinelsAndTheNullCoalescingOperators() {
        assertEquals(List.of(true, "System.DBNull"), run("$d = [System.DBNull]::Value ?? 1; $d -eq [DBNull]::Value; $d.GetType().FullName"));
        assertEquals(List.of(true), run("$n = [NullString]::Value; $n ??= 1; $n -eq [NullString]::Value"));
        assertEquals(List.of(true, 7), run("$a = [System.Management.Automation.Internal.AutomationNull]::Value; $null -eq $a; $a ??= 7; $a"));
        assertEquals(List.of(""), run("\"$([System.DBNull]::Value)\""));
    }

    @Test
    void longDateString() {
        assertEquals(List.of("Friday, November 1, 2019"), run("([datetime]'2019-11-01').ToLongDateString()"));
    }
}

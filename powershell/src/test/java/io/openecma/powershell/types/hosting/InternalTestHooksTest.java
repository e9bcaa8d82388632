package io.openecma.powershell.types.hosting;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * [System.Management.Automation.Internal.InternalTestHooks]::SetTestHook, which PowerShell's test helper
 * module HelpersCommon uses at import: as Utils.cs, a declared hook field takes the value and an
 * unknown name is ignored (GetField returns null there).
 */
class InternalTestHooksTest {

    private static void run(String script) {
        PowerShellEngine.create(EngineOptions.defaults()).execute(new ScriptSource("t.ps1", script), Map.of());
    }

    @Test
    void declaredHookRecordsItsValue() {
        run("[System.Management.Automation.Internal.InternalTestHooks]::SetTestHook('TestWindowsPowerShellVersionString', '5.1.1')");
        assertEquals("5.1.1", InternalTestHooks.valueOf("TestWindowsPowerShellVersionString"));
        run("[System.Management.Automation.Internal.InternalTestHooks]::SetTestHook('TestWindowsPowerShellVersionString', $null)");
        assertNull(InternalTestHooks.valueOf("TestWindowsPowerShellVersionString"));
    }

    @Test
    void unknownHookIsIgnored() {
        run("[System.Management.Automation.Internal.InternalTestHooks]::SetTestHook('NoSuchHook', $true)");
        assertNull(InternalTestHooks.valueOf("NoSuchHook"));
    }
}

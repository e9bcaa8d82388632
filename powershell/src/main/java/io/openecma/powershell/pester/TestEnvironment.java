package io.openecma.powershell.pester;

import io.openecma.powershell.PowerShellEngine;

import java.util.Map;

/**
 * The platform variables the runner gives test files. The engine emulates Windows PowerShell 5.1,
 * which runs only on Windows and on the .NET Framework and does not define these variables at all
 * (they came with PowerShell 6). The tests use them in -Skip: conditions and platform branches; the
 * runner answers as the platform the engine emulates: Windows, not Linux, not macOS, not Core CLR. So
 * tests for Windows behaviour run (and show where the emulation falls short) and tests for Unix or for
 * PowerShell 7's .NET Core runtime are skipped as they would be on Windows PowerShell.
 */
final class TestEnvironment {

    static final Map<String, Object> PLATFORM = Map.of(
            "IsWindows", Boolean.TRUE,
            "IsLinux", Boolean.FALSE,
            "IsMacOS", Boolean.FALSE,
            "IsCoreCLR", Boolean.FALSE);

    private TestEnvironment() {
    }

    static void apply(PowerShellEngine engine) {
        PLATFORM.forEach(engine::setVariable);
        engine.registerType("System.Management.Automation.Platform", PlatformStatics.class);
    }
}

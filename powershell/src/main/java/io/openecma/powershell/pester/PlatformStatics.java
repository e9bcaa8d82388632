package io.openecma.powershell.pester;

/**
 * [System.Management.Automation.Platform] (PowerShell 6+) for test files only, answering as
 * {@link TestEnvironment}'s variables do: the Windows platform 5.1 runs on. Test files read its
 * IsWindows/IsLinux/IsMacOS in BeforeAll blocks and -Skip conditions.
 */
public final class PlatformStatics {
    public static final boolean IsWindows = true;
    public static final boolean IsLinux = false;
    public static final boolean IsMacOS = false;
    public static final boolean IsCoreCLR = false;
    public static final boolean IsNanoServer = false;
    public static final boolean IsIoT = false;

    private PlatformStatics() {
    }
}

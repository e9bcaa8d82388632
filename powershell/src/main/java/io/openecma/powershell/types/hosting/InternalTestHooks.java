package io.openecma.powershell.types.hosting;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * System.Management.Automation.Internal.InternalTestHooks (engine/Utils.cs): PowerShell's own tests
 * set these switches through {@code SetTestHook(name, value)} to simulate conditions. This engine
 * records the value of each hook PowerShell declares (an unknown name is ignored, as SetTestHook's
 * null FieldInfo is) but none of them changes what the engine does.
 */
public final class InternalTestHooks {
    /** The hook fields of Utils.cs. */
    private static final Set<String> HOOKS = Set.of("BypassGroupPolicyCaching", "ForceScriptBlockLogging",
            "UseDebugAmsiImplementation", "BypassAppLockerPolicyCaching", "BypassOnlineHelpRetrieval",
            "ForcePromptForChoiceDefaultOption", "NoPromptForPassword", "ForceFormatListFixedLabelWidth",
            "ThrowHelpCultureNotSupported", "CurrentUICulture", "TestStopComputer", "TestWaitStopComputer",
            "TestRenameComputer", "TestStopComputerResults", "TestRenameComputerResults", "IgnoreScriptBlockCache",
            "StopwatchIsNotHighResolution", "DisableGACLoading", "SetConsoleWidthToZero", "SetConsoleHeightToZero",
            "SetMyDocumentsSpecialFolderToBlank", "SetDate", "TestWindowsPowerShellPSHomeLocation",
            "TestWindowsPowerShellVersionString", "ShowMarkdownOutputBypass", "ThrowExdevErrorOnMoveDirectory",
            "OneDriveTestOn", "OneDriveTestRecurseOn", "OneDriveTestSymlinkName", "WNetGetConnectionBufferSize");
    private static final Map<String, Object> VALUES = new ConcurrentHashMap<>();
    private static final Object NULL = new Object();

    private InternalTestHooks() {
    }

    public static void SetTestHook(String property, Object value) {
        if (property != null && HOOKS.contains(property)) {
            VALUES.put(property, value == null ? NULL : value);
        }
    }

    /** The value last set for a hook, or null (for the engine's own tests of the recording). */
    static Object valueOf(String property) {
        Object v = VALUES.get(property);
        return v == NULL ? null : v;
    }
}

package io.openecma.powershell.types.history;

import io.openecma.powershell.types.TypeRegistry;

/** Registers the session history types: HistoryInfo, PipelineState and PSInvocationSettings. */
public final class HistoryTypes {
    private HistoryTypes() {
    }

    public static void register(TypeRegistry registry) {
        registry.register("Microsoft.PowerShell.Commands.HistoryInfo", HistoryInfo.class);
        registry.register("System.Management.Automation.Runspaces.PipelineState", PipelineState.class);
        registry.register("System.Management.Automation.PSInvocationSettings", PSInvocationSettings.class);
    }
}

package io.openecma.powershell.types.hosting;

import io.openecma.powershell.types.TypeRegistry;

/** Registers the in-script hosting API: {@code [powershell]}, runspaces and the stream records. */
public final class HostingTypes {
    private HostingTypes() {
    }

    public static void register(TypeRegistry registry) {
        registry.register("System.Management.Automation.PowerShell", PowerShellApi.class, "powershell");
        registry.register("System.Management.Automation.RunspaceMode", RunspaceMode.class);
        registry.register("System.Management.Automation.PSInvocationState", PSInvocationState.class);
        registry.register("System.Management.Automation.Cmdlet", CmdletStatics.class);
        registry.register("System.Management.Automation.ActionPreference", ActionPreference.class);
        registry.register("System.Management.Automation.PSInvocationStateInfo", PSInvocationStateInfo.class);
        registry.register("System.Collections.ObjectModel.Collection", PSObjectCollection.class);
        registry.register("System.Management.Automation.PSCommand", PSCommand.class);
        registry.register("System.Management.Automation.PSDataStreams", PSDataStreams.class);
        registry.register("System.Management.Automation.PSDataCollection", PSDataCollection.class);
        registry.register("System.Management.Automation.InformationalRecord", InformationalRecord.class);
        registry.register("System.Management.Automation.VerboseRecord", InformationalRecord.VerboseRecord.class);
        registry.register("System.Management.Automation.WarningRecord", InformationalRecord.WarningRecord.class);
        registry.register("System.Management.Automation.DebugRecord", InformationalRecord.DebugRecord.class);
        registry.register("System.Management.Automation.InformationRecord", InformationRecord.class);
        registry.register("System.Management.Automation.Runspaces.Runspace", RunspaceApi.class, "runspace");
        registry.register("System.Management.Automation.Runspaces.SessionStateProxy", RunspaceApi.SessionStateProxy.class);
        registry.register("System.Management.Automation.Runspaces.RunspaceFactory", RunspaceFactoryApi.class,
                "runspacefactory");
        registry.register("System.Management.Automation.Runspaces.InitialSessionState", InitialSessionState.class,
                "initialsessionstate");
        registry.register("System.Management.Automation.Runspaces.InitialSessionStateEntryCollection", SessionStateEntries.class);
        registry.register("System.Management.Automation.Runspaces.SessionStateVariableEntry", SessionStateVariableEntry.class);
        registry.register("System.Management.Automation.Runspaces.SessionStateFunctionEntry", SessionStateFunctionEntry.class);
        registry.register("System.IAsyncResult", AsyncResult.class);
        registry.register("System.Management.Automation.Internal.InternalTestHooks", InternalTestHooks.class);
        registry.registerExceptionType("System.Management.Automation.Host.HostException",
                "System.Management.Automation.RuntimeException");
        registry.registerExceptionType("System.Management.Automation.MetadataException",
                "System.Management.Automation.RuntimeException");
        registry.registerExceptionType("System.Management.Automation.ParsingMetadataException",
                "System.Management.Automation.MetadataException");
    }
}

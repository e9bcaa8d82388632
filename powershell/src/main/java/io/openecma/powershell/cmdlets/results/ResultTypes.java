package io.openecma.powershell.cmdlets.results;

import io.openecma.powershell.types.TypeRegistry;

/** Registers the .NET names of the objects the utility cmdlets return. */
public final class ResultTypes {
    private ResultTypes() {
    }

    public static void register(TypeRegistry r) {
        r.register("Microsoft.PowerShell.Commands.MeasureInfo", MeasureInfo.class);
        r.register("Microsoft.PowerShell.Commands.GenericMeasureInfo", GenericMeasureInfo.class);
        r.register("Microsoft.PowerShell.Commands.GenericObjectMeasureInfo", GenericObjectMeasureInfo.class);
        r.register("Microsoft.PowerShell.Commands.TextMeasureInfo", TextMeasureInfo.class);
        r.register("Microsoft.PowerShell.Commands.GroupInfo", GroupInfo.class);
        r.register("Microsoft.PowerShell.Commands.ByteCollection", ByteCollection.class);
        r.register("System.Management.Automation.ExtendedTypeDefinition", io.openecma.powershell.cmdlets.format.ExtendedTypeDefinition.class);
        r.register("System.Management.Automation.FormatViewDefinition", io.openecma.powershell.cmdlets.format.FormatViewDefinition.class);
        r.register("Microsoft.PowerShell.Commands.MatchInfo", MatchInfo.class);
        r.register("Microsoft.PowerShell.Commands.MemberDefinition", MemberDefinition.class);
        // One object carries a whole formatted output here, where 5.1 writes Format{Start,Entry,End}Data objects.
        r.register("Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData", io.openecma.powershell.cmdlets.format.FormattedOutput.class);
        r.register("Microsoft.PowerShell.Commands.MatchInfoContext", MatchInfoContext.class);
        r.register("System.Management.Automation.CommandInfo", CommandInfo.class);
        r.register("System.Management.Automation.CmdletInfo", CmdletInfo.class);
        r.register("System.Management.Automation.FunctionInfo", FunctionCommandInfo.class);
        r.register("System.Management.Automation.AliasInfo", AliasInfo.class);
        r.register("System.Management.Automation.ExternalScriptInfo", ExternalScriptInfo.class);
        r.register("System.Management.Automation.ParameterMetadata", ParameterMetadata.class);
        r.register("System.Management.Automation.PSVariable", io.openecma.powershell.runtime.PSVariable.class);
        r.register("System.Management.Automation.ScopedItemOptions", io.openecma.powershell.runtime.ScopedItemOptions.class);
    }
}

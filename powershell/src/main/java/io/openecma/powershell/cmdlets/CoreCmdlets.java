package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CmdletLibrary;
import io.openecma.powershell.runtime.CmdletRegistry;

/** The language-level cmdlets the engine itself provides. */
public final class CoreCmdlets implements CmdletLibrary {

    @Override
    public void register(CmdletRegistry registry) {
        OutputCmdlets.register(registry);
        PipelineCmdlets.register(registry);
        ObjectCmdlets.register(registry);
        SecureStringCmdlets.register(registry);
        SessionCmdlets.register(registry);
        InvokeExpressionCmdlet.register(registry);
        MeasureCmdlets.register(registry);
        GroupCmdlets.register(registry);
        CompareCmdlets.register(registry);
        ConvertToHtmlCommand.register(registry);
        GetVerbCommand.register(registry);
        ExportAliasCommand.register(registry);
        ImportAliasCommand.register(registry);
        TimeSpanCmdlets.register(registry);
        UniqueCmdlets.register(registry);
        SortCmdlets.register(registry);
        VariableCmdlets.register(registry);
        CommandCmdlets.register(registry);
        io.openecma.powershell.cmdlets.help.GetHelpCommand.register(registry);
        AliasCmdlets.register(registry);
        HistoryCmdlets.register(registry);
        CultureCmdlets.register(registry);
        io.openecma.powershell.cmdlets.format.FormatCmdlets.register(registry);
        io.openecma.powershell.cmdlets.typedata.TypeDataCmdlets.register(registry);
        io.openecma.powershell.cmdlets.jobs.JobCmdlets.register(registry);
        io.openecma.powershell.cmdlets.addtype.AddTypeCommand.register(registry);
        io.openecma.powershell.cmdlets.trace.TraceSourceCmdlets.register(registry);
    }
}

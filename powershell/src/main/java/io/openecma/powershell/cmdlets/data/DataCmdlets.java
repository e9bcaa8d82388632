package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CmdletLibrary;
import io.openecma.powershell.runtime.CmdletRegistry;

/**
 * The data, file and web cmdlets (Join-Path ... Invoke-WebRequest), contributed to every engine
 * through {@code META-INF/services/io.openecma.powershell.runtime.CmdletLibrary}.
 */
public final class DataCmdlets implements CmdletLibrary {
    @Override
    public void register(CmdletRegistry registry) {
        PathCmdlets.definitions().forEach(registry::register);
        ItemCmdlets.definitions().forEach(registry::register);
        LocationCmdlets.definitions().forEach(registry::register);
        ChildItemCmdlets.definitions().forEach(registry::register);
        registry.register(RenameItemCmdlet.definition());
        registry.register(SetItemCmdlet.definition());
        ItemPropertyCmdlets.definitions().forEach(registry::register);
        registry.register(InvokeItemCmdlet.definition());
        ResolvePathCmdlets.definitions().forEach(registry::register);
        ClearContentCmdlets.definitions().forEach(registry::register);
        DriveCmdlets.definitions().forEach(registry::register);
        TimeZoneCmdlets.definitions().forEach(registry::register);
        ContentCmdlets.definitions().forEach(registry::register);
        CsvCmdlets.definitions().forEach(registry::register);
        JsonCmdlets.definitions().forEach(registry::register);
        registry.register(SelectXmlCmdlet.definition());
        ClixmlCmdlets.definitions().forEach(registry::register);
        CliXmlStringCmdlets.definitions().forEach(registry::register);
        registry.register(ConvertToXmlCmdlet.definition());
        UtilityCmdlets.definitions().forEach(registry::register);
        TeeCmdlets.definitions().forEach(registry::register);
        SelectStringCmdlets.definitions().forEach(registry::register);
        registry.register(StringDataCmdlet.definition());
        registry.register(MeasureCommandCmdlet.definition());
        registry.register(GetFileHashCmdlet.definition());
        registry.register(NewTemporaryFileCmdlet.definition());
        registry.register(ImportLocalizedDataCmdlet.definition());
        registry.register(FormatHexCmdlet.definition());
        WebCmdlets.definitions().forEach(registry::register);
    }
}

package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.types.DotNetList;

import java.util.List;

/**
 * System.Management.Automation.ExtendedTypeDefinition as Get-FormatData writes it: a type name and
 * the loaded views selected by it.
 */
public final class ExtendedTypeDefinition {
    private final String typeName;
    private final DotNetList views = new DotNetList(null);

    ExtendedTypeDefinition(String typeName, List<FormatViewDefinition> views) {
        this.typeName = typeName;
        this.views.addAll(views);
    }

    public String getTypeName() {
        return typeName;
    }

    public List<Object> getTypeNames() {
        DotNetList names = new DotNetList(null);
        names.add(typeName);
        return names;
    }

    public List<Object> getFormatViewDefinition() {
        return views;
    }

    @Override
    public String toString() {
        return typeName;
    }
}

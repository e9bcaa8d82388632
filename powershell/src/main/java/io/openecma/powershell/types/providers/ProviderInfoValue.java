package io.openecma.powershell.types.providers;

import java.util.List;

/**
 * System.Management.Automation.ProviderInfo (SessionStateProviderAPIs / ProviderInfo.cs) for the engine's
 * built-in providers: every property read-only, as in .NET. ItemSeparator and AltItemSeparator are
 * PowerShell 6.2's additions (ProviderInfo.cs), kept because they cost nothing: '\' and '/' for every
 * provider here, as on Windows (the Registry provider, whose alternative is also '\', does not exist here).
 * Prints as its module-qualified name.
 */
public final class ProviderInfoValue {
    private final String name;
    private final String capabilities;
    private final List<String> drives;

    public ProviderInfoValue(String name, String capabilities, List<String> drives) {
        this.name = name;
        this.capabilities = capabilities;
        this.drives = List.copyOf(drives);
    }

    public String getName() {
        return name;
    }

    public String getModuleName() {
        return "Microsoft.PowerShell.Core";
    }

    public String getPSSnapInName() {
        return "Microsoft.PowerShell.Core";
    }

    public String getCapabilities() {
        return capabilities;
    }

    public Object getHome() {
        return null;
    }

    public Object[] getDrives() {
        return drives.toArray();
    }

    public char getItemSeparator() {
        return '\\';
    }

    public char getAltItemSeparator() {
        return '/';
    }

    @Override
    public String toString() {
        return "Microsoft.PowerShell.Core\\" + name;
    }
}

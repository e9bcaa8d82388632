package io.openecma.powershell.cmdlets.results;

/** System.Management.Automation.PathInfo: a location (Get-Location, Push/Pop-Location -PassThru); ToString() is the path. */
public final class PathInfo {
    private final String path;

    public PathInfo(String path) {
        this.path = path;
    }

    public String getPath() {
        return path;
    }

    public String getProviderPath() {
        return path;
    }

    public String getProvider() {
        return "Microsoft.PowerShell.Core\\FileSystem";
    }

    @Override
    public String toString() {
        return path;
    }
}

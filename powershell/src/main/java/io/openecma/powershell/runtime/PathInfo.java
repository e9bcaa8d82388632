package io.openecma.powershell.runtime;

/**
 * System.Management.Automation.PathInfo as Get-Location, Resolve-Path and {@code $PWD} give it:
 * Path, ProviderPath, Drive and Provider; it prints as its Path.
 */
public final class PathInfo {
    public static final String FILE_SYSTEM = "Microsoft.PowerShell.Core\\FileSystem";

    private final String path;
    private final String providerPath;
    private final String drive;
    private final String provider;

    private PathInfo(String path, String providerPath, String drive, String provider) {
        this.path = path;
        this.providerPath = providerPath;
        this.drive = drive;
        this.provider = provider;
    }

    /** A folder or file of the file system (its host path). */
    public static PathInfo fileSystem(String hostPath) {
        return new PathInfo(hostPath, hostPath, null, FILE_SYSTEM);
    }

    /** A folder or file reached through a FileSystem drive: {@code TestDrive:\x} and its host path. */
    public static PathInfo onDrive(String path, String hostPath, String drive) {
        return new PathInfo(path, hostPath, drive, FILE_SYSTEM);
    }

    /** A location on a non-file-system drive: {@code Env:\}, {@code Variable:\x}... */
    public static PathInfo provider(String path, String drive, String providerName) {
        String rest = path.substring(path.indexOf(':') + 1);
        return new PathInfo(path, rest.startsWith("\\") ? rest.substring(1) : rest, drive,
                "Microsoft.PowerShell.Core\\" + providerName);
    }

    public String getPath() {
        return path;
    }

    public String getProviderPath() {
        return providerPath;
    }

    /** The drive (a PSDriveInfo-like object printing as its name), null for host folders. */
    public PSObject getDrive() {
        if (drive == null) {
            return null;
        }
        PSObject info = new PSObject(drive);
        info.typeNames().add("System.Management.Automation.PSDriveInfo");
        info.typeNames().add("System.Object");
        info.addNoteProperty("Name", drive);
        info.addNoteProperty("Root", drive + ":\\");
        return info;
    }

    /** The provider (a ProviderInfo-like object printing as its qualified name). */
    public PSObject getProvider() {
        PSObject info = new PSObject(provider);
        info.typeNames().add("System.Management.Automation.ProviderInfo");
        info.typeNames().add("System.Object");
        info.addNoteProperty("Name", provider.substring(provider.lastIndexOf('\\') + 1));
        return info;
    }

    @Override
    public String toString() {
        return path;
    }
}

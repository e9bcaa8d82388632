package io.openecma.powershell.host;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * The location state of a session beyond the file-system folder: the provider drive the session
 * is on when it is not a folder ({@code Set-Location Env:} gives {@code Env:\}), and the named
 * location stacks of Push-Location / Pop-Location ("default" when no name is given).
 */
public final class SessionLocations {
    public static final String DEFAULT_STACK = "default";

    private String providerLocation;
    private String fileSystemDrive;
    private String defaultStack = DEFAULT_STACK;
    private final Map<String, Deque<String>> stacks = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> driveLocations = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** The non-file-system location ({@code Env:\}), or null while the location is a folder. */
    public String providerLocation() {
        return providerLocation;
    }

    public void setProviderLocation(String location) {
        providerLocation = location;
    }

    /** The FileSystem drive (New-PSDrive, TestDrive) the folder location was reached through, or null. */
    public String fileSystemDrive() {
        return fileSystemDrive;
    }

    public void setFileSystemDrive(String drive) {
        fileSystemDrive = drive;
    }

    /** The folder last set on a FileSystem drive, so {@code Set-Location Name:} returns there (5.1 keeps one per drive). */
    public String driveLocation(String drive) {
        return driveLocations.get(drive);
    }

    public void setDriveLocation(String drive, String folder) {
        driveLocations.put(drive, folder);
    }

    public String defaultStackName() {
        return defaultStack;
    }

    public void setDefaultStackName(String name) {
        defaultStack = name;
    }

    /** The named stack, created on first use when {@code create}; null when it does not exist. */
    public Deque<String> stack(String name, boolean create) {
        String key = name == null ? defaultStack : name;
        return create ? stacks.computeIfAbsent(key, k -> new ArrayDeque<>()) : stacks.get(key);
    }
}

package io.openecma.powershell.host;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PowerShell drives of a session beyond the host's own path mapping: the session-state drives
 * (Alias, Env, Function, Variable), the drives a host defines (the Pester runner's TestDrive) and
 * those New-PSDrive adds. A path on a FileSystem drive ({@code Name:\rest}) becomes its root plus
 * the rest before the host's mapper and the roots check run, so a drive never widens confinement.
 */
public final class DriveTable {
    /** One drive: Name, provider name (FileSystem, Environment...), Root and Description. */
    public record Drive(String name, String provider, String root, String description, boolean builtIn) {
        public boolean isFileSystem() {
            return provider.equalsIgnoreCase("FileSystem");
        }
    }

    private static final Pattern QUALIFIED = Pattern.compile("(?s)([^:\\\\/]+):(.*)");
    private final Map<String, Drive> drives = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public DriveTable() {
        for (String[] d : new String[][] {{"Alias", "Alias", "Drive containing a view of the aliases stored in session state."},
                {"Env", "Environment", "Drive containing a view of the environment variables for the process."},
                {"Function", "Function", "Drive containing a view of the functions stored in session state."},
                {"Variable", "Variable", "Drive containing a view of those variables stored in session state."}}) {
            drives.put(d[0], new Drive(d[0], d[1], "", d[2], true));
        }
    }

    public Drive get(String name) {
        return drives.get(name);
    }

    public Collection<Drive> all() {
        return List.copyOf(drives.values());
    }

    /** Adds a drive; false when one of that name exists. */
    public boolean add(Drive drive) {
        return drives.putIfAbsent(drive.name(), drive) == null;
    }

    /** A drive the host provides (replacing an earlier one of that name). */
    public void define(String name, String root, String description) {
        drives.put(name, new Drive(name, "FileSystem", root, description, true));
    }

    public boolean remove(String name) {
        return drives.remove(name) != null;
    }

    /** {@code Name:\rest} on a FileSystem drive of this table as its root and rest; other paths unchanged. */
    public String map(String path) {
        Matcher m = QUALIFIED.matcher(path);
        if (!m.matches()) {
            return path;
        }
        Drive d = drives.get(m.group(1));
        if (d == null || !d.isFileSystem() || d.root().isEmpty()) {
            return path;
        }
        String rest = m.group(2).replace('\\', '/');
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        String root = d.root().endsWith("/") || d.root().endsWith("\\") ? d.root() : d.root() + "/";
        return rest.isEmpty() ? root : root + rest;
    }

    /** The names of the drives whose provider is the given one (case-insensitive). */
    public List<String> namesFor(String provider) {
        List<String> out = new ArrayList<>();
        for (Drive d : drives.values()) {
            if (d.provider().toLowerCase(Locale.ROOT).equals(provider.toLowerCase(Locale.ROOT))) {
                out.add(d.name());
            }
        }
        return out;
    }
}

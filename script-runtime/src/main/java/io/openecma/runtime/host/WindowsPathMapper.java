package io.openecma.runtime.host;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the Windows paths scripts hard-code into the connector's folders: ECMA2Host's MAData
 * folder (with or without the connector's own sub-folder) to the data folder, the rest of its
 * {@code Service\ECMA} folder (Schema.xml, Cache) to the ECMA folder, Windows TEMP
 * folders to the temp folder, and any other drive path to {@code drives/<letter>/...}. UNC paths
 * are refused. Paths that are not Windows-absolute are returned unchanged (the engine resolves
 * them against the current location).
 */
public final class WindowsPathMapper {

    private static final Pattern DRIVE = Pattern.compile("^([A-Za-z]):[\\\\/]?(.*)$", Pattern.DOTALL);
    private static final String ECMA_FOLDER = "program files/microsoft ecma2host/service/ecma";
    private static final String[] MADATA_PREFIXES = {
            "program files/microsoft ecma2host/service/ecma/madata",
            "program files/microsoft forefront identity manager/2010/synchronization service/madata",
            "program files/microsoft azure ad sync/madata",
    };
    private static final Pattern TEMP = Pattern.compile(
            "^(windows/temp|users/[^/]+/appdata/local/temp)(/.*)?$", Pattern.CASE_INSENSITIVE);

    private final ConnectorFolders folders;
    private final String connectorName;

    public WindowsPathMapper(ConnectorFolders folders, String connectorName) {
        this.folders = folders;
        this.connectorName = connectorName;
    }

    /** The local path for a script path, or the path unchanged when it is not a Windows path. */
    public String map(String scriptPath) {
        if (scriptPath == null) {
            return null;
        }
        if (scriptPath.startsWith("\\\\") || scriptPath.startsWith("//")) {
            throw new IllegalArgumentException("Network paths are not reachable from connector scripts: " + scriptPath);
        }
        Matcher m = DRIVE.matcher(scriptPath);
        if (!m.matches()) {
            return scriptPath;
        }
        // Windows reads C:\\Program Files\\x (doubled separators, as scripts often write them) as C:\Program Files\x.
        String rest = trimSlashes(m.group(2).replace('\\', '/').replaceAll("/{2,}", "/"));
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String prefix : MADATA_PREFIXES) {
            if (lower.equals(prefix) || lower.startsWith(prefix + "/")) {
                String inside = trimSlashes(rest.substring(prefix.length()));
                return resolve(folders.dataDir(), stripConnectorFolder(inside));
            }
        }
        if (lower.equals(ECMA_FOLDER) || lower.startsWith(ECMA_FOLDER + "/")) {
            return resolve(folders.ecmaDir(), trimSlashes(rest.substring(ECMA_FOLDER.length())));
        }
        Matcher t = TEMP.matcher(rest);
        if (t.matches()) {
            return resolve(folders.tempDir(), t.group(2) == null ? "" : trimSlashes(t.group(2)));
        }
        return resolve(folders.drivesDir().resolve(m.group(1).toLowerCase(Locale.ROOT)), rest);
    }

    private String stripConnectorFolder(String inside) {
        int slash = inside.indexOf('/');
        String first = slash < 0 ? inside : inside.substring(0, slash);
        if (first.equalsIgnoreCase(connectorName)) {
            return slash < 0 ? "" : inside.substring(slash + 1);
        }
        return inside;
    }

    private static String resolve(Path dir, String relative) {
        Path p = relative.isEmpty() ? dir : dir.resolve(relative);
        return p.normalize().toString();
    }

    private static String trimSlashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }
}

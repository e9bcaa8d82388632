package io.openecma.powershell.cmdlets.data;

import java.util.Locale;
import java.util.Map;

/** The non-file-system drives the engine knows as locations: Env:, Variable:, Alias:, Function:. */
final class ProviderDrives {
    private static final Map<String, String> PROVIDERS = Map.of(
            "env", "Environment", "variable", "Variable", "alias", "Alias", "function", "Function");
    private static final Map<String, String> NAMES = Map.of(
            "env", "Env", "variable", "Variable", "alias", "Alias", "function", "Function");

    private ProviderDrives() {
    }

    /** The drive's canonical name ("Env") when the path starts with a provider drive, else null. */
    static String driveOf(String path) {
        int colon = path.indexOf(':');
        if (colon < 2) {
            return null;
        }
        return NAMES.get(path.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    static String providerOf(String drive) {
        return PROVIDERS.get(drive.toLowerCase(Locale.ROOT));
    }

    /** The part after "Drive:" without leading separators. */
    static String rest(String path) {
        String rest = path.substring(path.indexOf(':') + 1);
        while (rest.startsWith("\\") || rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        return rest;
    }

    /**
     * The drive name of a path the host's mapper left drive-qualified ({@code bogus:\x}), which names
     * no drive; null for a path without a drive qualifier or a provider drive.
     */
    static String unknownDrive(String mappedPath) {
        int colon = mappedPath.indexOf(':');
        if (colon < 1 || mappedPath.startsWith("/") || mappedPath.substring(0, colon).matches(".*[\\\\/].*")) {
            return null;
        }
        String name = mappedPath.substring(0, colon);
        return NAMES.containsKey(name.toLowerCase(Locale.ROOT)) || !name.matches("[A-Za-z][A-Za-z0-9_ -]*") ? null
                : name;
    }
}

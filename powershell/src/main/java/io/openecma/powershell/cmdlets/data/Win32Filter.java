package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.Wildcard;

/**
 * A file-system -Filter as Windows matches it (FindFirstFile, which 5.1's FileSystem provider passes the
 * filter to): a trailing {@code .*} also matches names without an extension ({@code noext*.*} finds
 * {@code noextension}), and a trailing {@code .} matches only names without one ({@code *.}).
 */
final class Win32Filter {
    private final Wildcard full;
    private final Wildcard stem;
    private final boolean extensionless;

    private Win32Filter(Wildcard full, Wildcard stem, boolean extensionless) {
        this.full = full;
        this.stem = stem;
        this.extensionless = extensionless;
    }

    static Win32Filter compile(String pattern) {
        if (pattern.endsWith(".*") && pattern.length() > 2) {
            return new Win32Filter(Wildcard.compile(pattern, false),
                    Wildcard.compile(pattern.substring(0, pattern.length() - 2), false), false);
        }
        if (pattern.endsWith(".") && !pattern.matches("\\.+")) {
            return new Win32Filter(null, Wildcard.compile(pattern.substring(0, pattern.length() - 1), false), true);
        }
        return new Win32Filter(Wildcard.compile(pattern, false), null, false);
    }

    boolean matches(String name) {
        if (extensionless) {
            return name.indexOf('.') < 0 && stem.matches(name);
        }
        return full.matches(name) || stem != null && name.indexOf('.') < 0 && stem.matches(name);
    }
}

package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import java.util.Locale;
import java.util.Map;

/**
 * A path on a session drive: {@code Alias:\dir}, {@code function:foo}, or a bare name while the current
 * location is such a drive ({@code Set-Location Function:} then {@code Get-Item foo}). {@code leaf} is
 * the item name or pattern, empty for the drive's root.
 */
record SessionItemPath(SessionItemStore store, String leaf) {
    private static final Map<String, SessionItemStore> STORES = Map.of(
            "alias", new AliasItemStore(), "function", new FunctionItemStore());

    /** The session-drive path {@code path} names, or null when it is on another drive. */
    static SessionItemPath of(CommandContext ctx, String path) {
        if (path == null) {
            return null;
        }
        int colon = path.indexOf(':');
        if (colon > 0) {
            SessionItemStore store = STORES.get(path.substring(0, colon).toLowerCase(Locale.ROOT));
            return store == null ? null : new SessionItemPath(store, trimSeparators(path.substring(colon + 1)));
        }
        String location = ctx.fileSystem().locations().providerLocation();
        if (location == null || path.startsWith("\\") || path.startsWith("/")) {
            return null;
        }
        SessionItemStore store = STORES.get(location.substring(0, location.indexOf(':')).toLowerCase(Locale.ROOT));
        if (store == null) {
            return null;
        }
        String leaf = trimSeparators(path);
        if (leaf.equals(".")) {
            leaf = "";
        } else if (leaf.startsWith(".\\") || leaf.startsWith("./")) {
            leaf = trimSeparators(leaf.substring(1));
        }
        return new SessionItemPath(store, leaf);
    }

    private static String trimSeparators(String s) {
        int start = 0;
        while (start < s.length() && (s.charAt(start) == '\\' || s.charAt(start) == '/')) {
            start++;
        }
        return s.substring(start);
    }

    boolean isRoot() {
        return leaf.isEmpty();
    }

    /** The path as 5.1 shows it in messages: {@code Function:\name}. */
    String shown() {
        return store.drive() + ":\\" + leaf;
    }

    String shown(String name) {
        return store.drive() + ":\\" + name;
    }
}

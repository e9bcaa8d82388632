package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSObject;
import java.util.Locale;

/**
 * Paths on PowerShell's Environment ({@code env:}) and Variable ({@code variable:}) drives, read
 * and changed through the engine's variable lookup (CommandContext.variable/setVariable/removeVariable).
 */
final class ProviderPaths {
    private ProviderPaths() {
    }

    static boolean isProviderPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.startsWith("env:") || p.startsWith("variable:");
    }

    /**
     * A bare name while the location is {@code Env:\} or {@code Variable:\} ({@code Push-Location env:} then
     * {@code Get-Content PATH}) as the drive-qualified path; any other path as given.
     */
    static String qualified(CommandContext ctx, String path) {
        String location = ctx.fileSystem().locations().providerLocation();
        if (path == null || location == null || path.indexOf(':') >= 0 || path.startsWith("\\") || path.startsWith("/")) {
            return path;
        }
        String drive = location.substring(0, location.indexOf(':') + 1);
        return isProviderPath(drive) ? drive + path : path;
    }

    /** {@code env:\X} and {@code env:/X} name {@code env:X}, as the drive root's children. */
    static String normalized(String path) {
        int colon = path.indexOf(':');
        int start = colon + 1;
        while (start < path.length() && (path.charAt(start) == '\\' || path.charAt(start) == '/')) {
            start++;
        }
        return start == colon + 1 ? path : path.substring(0, colon + 1) + path.substring(start);
    }

    static boolean exists(CommandContext ctx, String path) {
        return ctx.variableExists(normalized(path));
    }

    /** Set-Content env:X / variable:x. */
    static void set(CommandContext ctx, String path, Object value) {
        ctx.setVariable(normalized(path), value);
    }

    /** Remove-Item env:X / variable:x: a missing item is the usual "Cannot find path" error. */
    static void remove(CommandContext ctx, String path) {
        if (!ctx.removeVariable(normalized(path))) {
            ctx.writeError("System.Management.Automation.ItemNotFoundException", "Cannot find path '" + path
                    + "' because it does not exist.", "PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand",
                    "ObjectNotFound", path);
        }
    }

    /** Get-Item env:NAME / variable:name: an item with Name and Value (Key too for env:). */
    static PSObject item(CommandContext ctx, String rawPath) {
        String path = normalized(rawPath);
        boolean env = path.toLowerCase(Locale.ROOT).startsWith("env:");
        String name = path.substring(path.indexOf(':') + 1);
        if (!env && name.contains(":")) {
            name = name.substring(name.indexOf(':') + 1);
        }
        PSObject o = new PSObject();
        o.typeNames().clear();
        o.typeNames().add(env ? "System.Collections.DictionaryEntry" : "System.Management.Automation.PSVariable");
        o.typeNames().add("System.Object");
        if (env) {
            o.addNoteProperty("Key", name);
        }
        o.addNoteProperty("Name", name);
        o.addNoteProperty("Value", ctx.variable(path));
        return o;
    }

}

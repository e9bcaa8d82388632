package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSObject;
import java.util.Locale;

/**
 * Paths on PowerShell's Environment ({@code env:}) and Variable ({@code variable:}) drives. They
 * are read through the engine's variable lookup; changing them needs an engine hook that the
 * cmdlet SPI does not offer yet, so writes are refused with a clear error instead of touching a
 * file of that name.
 */
final class ProviderPaths {
    private ProviderPaths() {
    }

    static boolean isProviderPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.startsWith("env:") || p.startsWith("variable:");
    }

    static boolean exists(CommandContext ctx, String path) {
        return path.toLowerCase(Locale.ROOT).startsWith("env:") ? ctx.variable(path) != null
                : ctx.variableExists(path);
    }

    /** Get-Item env:NAME / variable:name: an item with Name and Value (Key too for env:). */
    static PSObject item(CommandContext ctx, String path) {
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

    static RuntimeException unsupportedChange(CommandContext ctx, String path) {
        return ctx.terminatingError("System.Management.Automation.PSNotSupportedException", ctx.commandName()
                + " cannot change '" + path + "': the Environment and Variable drives are read-only for cmdlets here;"
                + " use $env:NAME = ... or Remove-Variable.", "NotSupported," + ctx.commandName(), "NotImplemented");
    }
}

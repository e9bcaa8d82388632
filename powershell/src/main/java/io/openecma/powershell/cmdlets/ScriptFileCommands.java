package io.openecma.powershell.cmdlets;

import io.openecma.powershell.cmdlets.results.ExternalScriptInfo;
import io.openecma.powershell.runtime.CommandContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Get-Command NAME where NAME is the path of a .ps1 file (CommandDiscovery.LookupCommandInfo tries a
 * name with a path separator as a path): the script as an ExternalScriptInfo.
 */
final class ScriptFileCommands {

    private ScriptFileCommands() {
    }

    /** The script the name's path leads to, or null when it is not the path of a .ps1 file. */
    static ExternalScriptInfo find(CommandContext c, String name) {
        if (!(name.contains("/") || name.contains("\\")) || !name.toLowerCase(Locale.ROOT).endsWith(".ps1")) {
            return null;
        }
        try {
            Path file = c.fileSystem().resolve(name);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String text = io.openecma.powershell.ScriptSource.fromFile(file).text(); // as running it reads it (BOMs)
            return new ExternalScriptInfo(file.toString(), file.getFileName().toString(), text);
        } catch (RuntimeException e) {
            return null; // unreadable or outside the roots: not found, as for any other name
        }
    }
}

package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.runtime.ExecutionContext;

import java.util.Locale;

/**
 * Whether a module a script names ({@code using module NAME}) can be found, as 5.1's parser asks
 * before the script runs (SymbolResolver.cs VisitUsingStatement: ModuleNotFoundDuringParse): a
 * module already loaded, or one on $env:PSModulePath. The engine's own modules
 * (Microsoft.PowerShell.*) count as found.
 */
public final class ModuleDiscovery {

    private ModuleDiscovery() {
    }

    /** True/false for a bare module name; null when it cannot tell (a path, or no session). */
    public static Boolean findable(String name) {
        ExecutionContext ctx = ExecutionContext.currentOrNull();
        if (ctx == null || name == null || ModulePathSearch.looksLikePath(name)) {
            return null;
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("microsoft.powershell.")
                || ctx.modules().values().stream().anyMatch(m -> m.getName().equalsIgnoreCase(name))) {
            return true;
        }
        ModulePathSearch search = new ModulePathSearch(ctx.fileSystem(), ctx.environmentVariable("PSModulePath", ""));
        return !search.candidates(name).isEmpty();
    }
}

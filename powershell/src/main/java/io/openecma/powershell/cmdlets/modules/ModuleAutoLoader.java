package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSHashtable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Module auto-loading (about_Modules, "Module Auto-Loading"; 5.1 imports a module on first use of a
 * command it exports): finds the module on $env:PSModulePath whose manifest lists the command in
 * FunctionsToExport, CmdletsToExport or AliasesToExport (names or wildcards). Off when
 * $PSModuleAutoLoadingPreference is 'None'. Not done: 5.1's analysis of a module without a manifest
 * or without those keys (it parses the .psm1 for its functions).
 */
public final class ModuleAutoLoader {

    private static final String[] EXPORT_KEYS = {"FunctionsToExport", "CmdletsToExport", "AliasesToExport"};

    /** Modules being auto-imported, so a module whose own import misses a command is not imported again. */
    private static final ThreadLocal<Set<String>> IMPORTING = ThreadLocal.withInitial(HashSet::new);

    private ModuleAutoLoader() {
    }

    /** The name of a module to import for {@code command}, or null. */
    public static String moduleExporting(Interpreter interp, String command) {
        Object pref = interp.getVariableOrNull("PSModuleAutoLoadingPreference");
        if (pref != null && LanguagePrimitives.toStringValue(pref).equalsIgnoreCase("None")) {
            return null;
        }
        if (command.isEmpty() || ModulePathSearch.looksLikePath(command)) {
            return null;
        }
        ModulePathSearch search = new ModulePathSearch(interp.context().fileSystem(),
                interp.context().environmentVariable("PSModulePath", ""));
        for (Path dir : search.moduleDirectories()) {
            try (Stream<Path> folders = Files.list(dir)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    String name = folder.getFileName().toString();
                    if (!IMPORTING.get().contains(name.toLowerCase(Locale.ROOT)) && exports(interp, search, name, command)) {
                        return name;
                    }
                }
            } catch (IOException e) {
                // an unreadable folder offers nothing, as 5.1 skips it
            }
        }
        return null;
    }

    /** Runs {@code importer} (Import-Module) with {@code module} marked as being imported. */
    public static void importing(String module, Runnable importer) {
        String key = module.toLowerCase(Locale.ROOT);
        IMPORTING.get().add(key);
        try {
            importer.run();
        } finally {
            IMPORTING.get().remove(key);
        }
    }

    private static boolean exports(Interpreter interp, ModulePathSearch search, String module, String command) {
        for (Path file : search.candidates(module)) {
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psd1")) {
                continue;
            }
            PSHashtable manifest;
            try {
                manifest = DataFile.readOrNull(interp, file);
            } catch (RuntimeException e) {
                continue; // an invalid manifest offers nothing
            }
            if (manifest != null && listed(manifest, command)) {
                return true;
            }
        }
        return false;
    }

    private static boolean listed(PSHashtable manifest, String command) {
        for (String key : EXPORT_KEYS) {
            List<Object> names = ModuleLoader.list(manifest.get(key));
            for (Object n : names) {
                String pattern = LanguagePrimitives.toStringValue(n);
                if (!pattern.isEmpty() && Wildcard.compile(pattern, false).matches(command)) {
                    return true;
                }
            }
        }
        return false;
    }
}

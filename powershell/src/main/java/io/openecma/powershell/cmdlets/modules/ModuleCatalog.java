package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ModuleInfo;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.types.VersionValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Modules described without running them: Get-Module -ListAvailable and Test-ModuleManifest. */
final class ModuleCatalog {
    private ModuleCatalog() {
    }

    /** Every module on $env:PSModulePath (NAME\NAME.psd1|psm1, and one per version folder). */
    static List<ModuleInfo> available(CommandContext c, Interpreter interp, boolean all) {
        ModulePathSearch search = new ModulePathSearch(c.fileSystem(), interp.context().environmentVariable("PSModulePath", ""));
        List<ModuleInfo> list = new ArrayList<>();
        for (Path dir : search.moduleDirectories()) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path folder : s.filter(Files::isDirectory).sorted().toList()) {
                    if (all) {
                        everyModuleFile(folder).forEach(f -> describeQuietly(c, interp, f, list));
                        continue;
                    }
                    String name = folder.getFileName().toString();
                    for (Path file : search.candidates(name)) {
                        if (file.startsWith(folder)) {
                            describeQuietly(c, interp, file, list);
                        }
                    }
                }
            } catch (IOException e) {
                // an unreadable folder lists nothing, as 5.1 skips it
            }
        }
        return list;
    }

    /** Extensions of module files (ModuleIntrinsics.PSModuleExtensions, less .ni.dll): what -All lists. */
    private static final io.openecma.powershell.ast.ScriptBlockBody EMPTY_BODY =
            io.openecma.powershell.parser.Parser.parseScript(null, "");

    private static final List<String> MODULE_EXTENSIONS = List.of(".psd1", ".psm1", ".cdxml", ".xaml", ".dll");

    /**
     * Get-Module -ListAvailable -All: every module file anywhere under a module's folder, each as its own
     * module (ModuleCmdletBase.GetAllAvailableModules with -All does not stop at the module's own file).
     */
    private static List<Path> everyModuleFile(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> MODULE_EXTENSIONS.stream()
                    .anyMatch(x -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(x))).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The modules a path names (Get-Module -ListAvailable PATH): see {@link ModulePathSearch#allAt}. */
    static List<ModuleInfo> atPath(CommandContext c, Interpreter interp, String path) {
        ModulePathSearch search = new ModulePathSearch(c.fileSystem(), interp.context().environmentVariable("PSModulePath", ""));
        List<ModuleInfo> list = new ArrayList<>();
        search.allAt(path).forEach(f -> describeQuietly(c, interp, f, list));
        return list;
    }

    private static void describeQuietly(CommandContext c, Interpreter interp, Path file, List<ModuleInfo> list) {
        try {
            list.add(describe(c, interp, file));
        } catch (RuntimeException e) {
            // an invalid manifest is left out of -ListAvailable
        }
    }

    /** A module's metadata from its manifest (or its file name), its exports as the manifest declares them. */
    static ModuleInfo describe(CommandContext c, Interpreter interp, Path file) {
        String leaf = file.getFileName().toString();
        String name = leaf.replaceFirst("\\.[^.]*$", "");
        if (!leaf.toLowerCase(Locale.ROOT).endsWith(".psd1")) {
            ModuleInfo m = new ModuleInfo(name, file.toString(), interp.context().global());
            m.setModuleType(leaf.toLowerCase(Locale.ROOT).endsWith(".dll") ? "Binary" : "Script");
            return m;
        }
        PSHashtable data = DataFile.read(c, interp, file);
        Object root = data.containsKey("RootModule") ? data.get("RootModule") : data.get("ModuleToProcess");
        String rootName = root == null ? "" : LanguagePrimitives.toStringValue(root);
        if (!rootName.isEmpty() && !Files.exists(file.getParent().resolve(rootName.replace('\\', '/')))
                && !Files.exists(file.getParent().resolve(rootName.replace('\\', '/') + ".psm1"))) {
            c.writeError("System.IO.FileNotFoundException", "The module to process '" + rootName + "', listed in field 'ModuleToProcess/RootModule' of module manifest '"
                    + file + "' was not processed because no valid module was found in any module directory.", "Modules_InvalidRootModuleInManifest", "ResourceUnavailable", file.toString());
        }
        ModuleInfo m = new ModuleInfo(name, file.toString(), interp.context().global());
        m.setModuleType(rootName.isEmpty() ? "Manifest" : rootName.toLowerCase(Locale.ROOT).endsWith(".dll") ? "Binary" : "Script");
        Object version = data.get("ModuleVersion");
        if (version != null) {
            m.setVersion(VersionValue.parse(LanguagePrimitives.toStringValue(version)));
        }
        if (data.get("GUID") != null) {
            m.setGuid(LanguagePrimitives.toStringValue(data.get("GUID")));
        }
        m.setDescription(data.get("Description") == null ? "" : LanguagePrimitives.toStringValue(data.get("Description")));
        m.setPrivateData(data.get("PrivateData"));
        List<String> editions = new ArrayList<>();
        ModuleLoader.list(data.get("CompatiblePSEditions")).forEach(e -> editions.add(LanguagePrimitives.toStringValue(e)));
        m.setCompatiblePSEditions(editions);
        declaredFunctions(data, m);
        return m;
    }

    /**
     * A listed (not imported) manifest module's ExportedFunctions are the names its FunctionsToExport
     * lists, when they are plain names (module analysis reads the manifest; wildcards would need the
     * module's files, which are not analysed here, so they list nothing).
     */
    private static void declaredFunctions(PSHashtable data, ModuleInfo m) {
        List<io.openecma.powershell.runtime.FunctionInfo> functions = new ArrayList<>();
        for (Object o : ModuleLoader.list(data.get("FunctionsToExport"))) {
            String name = LanguagePrimitives.toStringValue(o);
            if (!name.isEmpty() && !io.openecma.powershell.dotnet.Wildcard.containsWildcard(name)) {
                functions.add(new io.openecma.powershell.runtime.FunctionInfo(name, false, List.of(), EMPTY_BODY, m));
            }
        }
        if (!functions.isEmpty()) {
            m.setManifestExports(functions, java.util.Map.of());
        }
    }
}

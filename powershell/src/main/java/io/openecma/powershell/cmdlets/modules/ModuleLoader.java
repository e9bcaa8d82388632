package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.FunctionInfo;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ModuleInfo;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.SessionAlias;
import io.openecma.powershell.types.VersionValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads one module file (.psm1, .ps1 or .psd1 manifest) into a new PSModuleInfo, as 5.1's Import-Module does. */
final class ModuleLoader {
    static final VersionValue ENGINE_VERSION = VersionValue.parse("5.1.19041.1");

    private final CommandContext c;
    private final Interpreter interp;
    private final ModuleImporter importer;

    ModuleLoader(CommandContext c, Interpreter interp, ModuleImporter importer) {
        this.c = c;
        this.interp = interp;
        this.importer = importer;
    }

    ModuleInfo load(Path file, List<Object> arguments) {
        String leaf = file.getFileName().toString();
        String lower = leaf.toLowerCase(Locale.ROOT);
        String name = leaf.replaceFirst("\\.[^.]*$", "");
        if (lower.endsWith(".psd1")) {
            return loadManifest(file, name, arguments);
        }
        if (lower.endsWith(".dll")) {
            throw c.terminatingError("System.IO.FileLoadException", "Binary module '" + file
                    + "' cannot be loaded: this engine runs script modules only.", "Modules_ModuleNotFound", "ResourceUnavailable");
        }
        ModuleInfo module = new ModuleInfo(name, file.toString(), interp.context().global());
        runScript(module, file, arguments);
        return module;
    }

    /** Runs a .psm1/.ps1 in the module's own scope with $args, $PSScriptRoot and $PSCommandPath set. */
    private void runScript(ModuleInfo module, Path file, List<Object> arguments) {
        c.writeVerbose("Loading module from path '" + file + "'.");
        ScriptSource source = ScriptSource.fromFile(file);
        ScriptBlockBody body = Parser.parseScript(source.fileName(), source.text());
        module.scope().set("PSScriptRoot", file.getParent().toString());
        module.scope().set("PSCommandPath", file.toString());
        List<Object> given = arguments == null ? List.of() : arguments;
        Scope saved = interp.scope();
        interp.setScope(module.scope());
        List<Object> out = new ArrayList<>();
        try {
            bindPositionally(module.scope(), body, given);
            interp.runBlock(body.begin(), out);
            interp.runBlock(body.process(), out);
            interp.runBlock(body.end(), out);
        } finally {
            interp.setScope(saved);
        }
    }

    /** -ArgumentList binds the module script's param block by position; the rest is $args. */
    private void bindPositionally(Scope scope, ScriptBlockBody body, List<Object> given) {
        List<io.openecma.powershell.ast.Parameter> params = body.parameters();
        for (int i = 0; i < params.size(); i++) {
            io.openecma.powershell.ast.Parameter p = params.get(i);
            Object value = i < given.size() ? given.get(i) : p.defaultValue() == null ? null : interp.eval(p.defaultValue());
            scope.set(p.name(), value);
        }
        scope.set("args", given.size() > params.size() ? given.subList(params.size(), given.size()).toArray() : new Object[0]);
    }

    private ModuleInfo loadManifest(Path file, String name, List<Object> arguments) {
        PSHashtable data = DataFile.read(c, interp, file);
        Path base = file.getParent();
        checkPowerShellVersion(data, name);
        List<ModuleInfo> requiredModules = new ArrayList<>();
        for (Object required : list(data.get("RequiredModules"))) {
            requiredModules.add(importer.importRequired(required, file));
        }
        for (Object script : list(data.get("ScriptsToProcess"))) {
            runInCaller(base.resolve(LanguagePrimitives.toStringValue(script).replace('\\', '/')));
        }
        Object rootValue = data.containsKey("RootModule") ? data.get("RootModule") : data.get("ModuleToProcess");
        String root = rootValue == null ? "" : LanguagePrimitives.toStringValue(rootValue);
        Path rootFile = root.isEmpty() ? null : importer.locateRelative(root, base);
        if (!root.isEmpty() && rootFile == null) {
            throw c.terminatingError("System.IO.FileNotFoundException", "The specified module '" + root
                    + "' was not loaded because no valid module file was found in any module directory.", "Modules_ModuleNotFound", "ResourceUnavailable");
        }
        ModuleInfo module = new ModuleInfo(name, rootFile == null ? file.toString() : rootFile.toString(), interp.context().global());
        module.setModuleType(rootFile == null ? "Manifest" : "Script");
        applyMetadata(module, data);
        module.getRequiredModules().addAll(requiredModules);
        List<FunctionInfo> candidates = new ArrayList<>();
        Map<String, SessionAlias> aliasCandidates = new LinkedHashMap<>();
        for (Object nested : list(data.get("NestedModules"))) {
            Path nestedFile = importer.locateRelative(LanguagePrimitives.toStringValue(nested), base);
            if (nestedFile == null) {
                throw c.terminatingError("System.IO.FileNotFoundException", "The specified module '" + nested
                        + "' was not loaded because no valid module file was found in any module directory.", "Modules_ModuleNotFound", "ResourceUnavailable");
            }
            ModuleInfo child = load(nestedFile, List.of());
            module.getNestedModules().add(child);
            // A nested module's exports are imported into the parent module's session state.
            for (FunctionInfo f : child.exported()) {
                module.scope().defineFunction(f);
                candidates.add(f);
            }
            child.exportedAliasMap().forEach((n, a) -> {
                module.scope().aliases().put(LanguagePrimitives.fold(n), a);
                aliasCandidates.put(n, a);
            });
        }
        if (rootFile != null) {
            String rl = rootFile.getFileName().toString().toLowerCase(Locale.ROOT);
            if (rl.endsWith(".psd1") || rl.endsWith(".dll")) {
                ModuleInfo child = load(rootFile, arguments);
                candidates.addAll(child.exported());
                aliasCandidates.putAll(child.exportedAliasMap());
            } else {
                runScript(module, rootFile, arguments);
                candidates.addAll(module.exported());
                aliasCandidates.putAll(module.exportedAliasMap());
            }
        }
        List<FunctionInfo> functions = filter(candidates, data, "FunctionsToExport");
        Map<String, SessionAlias> aliases = new LinkedHashMap<>();
        List<String> aliasPatterns = patterns(data, "AliasesToExport");
        aliasCandidates.forEach((n, a) -> {
            if (aliasPatterns == null || matches(aliasPatterns, n)) {
                aliases.put(n, a);
            }
        });
        module.setManifestExports(functions, aliases);
        List<String> variablePatterns = patterns(data, "VariablesToExport");
        if (variablePatterns != null) {
            List<String> kept = module.exportedVariables().stream().filter(v -> matches(variablePatterns, v)).toList();
            module.exportedVariables().retainAll(kept);
        }
        return module;
    }

    private void applyMetadata(ModuleInfo module, PSHashtable data) {
        Object version = data.get("ModuleVersion");
        if (version != null) {
            module.setVersion(VersionValue.parse(LanguagePrimitives.toStringValue(version)));
        }
        Object guid = data.get("GUID");
        if (guid != null) {
            module.setGuid(LanguagePrimitives.toStringValue(guid));
        }
        Object description = data.get("Description");
        module.setDescription(description == null ? "" : LanguagePrimitives.toStringValue(description));
        module.setPrivateData(data.get("PrivateData"));
        List<String> editions = new ArrayList<>();
        list(data.get("CompatiblePSEditions")).forEach(e -> editions.add(LanguagePrimitives.toStringValue(e)));
        module.setCompatiblePSEditions(editions);
    }

    /** PowerShellVersion above the engine's (5.1) stops the import (ModuleManifestInsufficientPowerShellVersion). */
    private void checkPowerShellVersion(PSHashtable data, String name) {
        Object wanted = data.get("PowerShellVersion");
        if (wanted == null) {
            return;
        }
        VersionValue v = VersionValue.parse(LanguagePrimitives.toStringValue(wanted));
        if (v.compareTo(ENGINE_VERSION) > 0) {
            throw c.terminatingError("System.InvalidOperationException", "The version of Windows PowerShell on this computer is '"
                    + ENGINE_VERSION + "'. The module '" + name + "' requires a minimum Windows PowerShell version of '" + wanted
                    + "' to run. Verify that you have the minimum required version of Windows PowerShell installed, and then try again.",
                    "Modules_InsufficientPowerShellVersion", "ResourceUnavailable");
        }
    }

    private void runInCaller(Path script) {
        ScriptSource source = ScriptSource.fromFile(script);
        ScriptBlockBody body = Parser.parseScript(source.fileName(), source.text());
        List<Object> out = new ArrayList<>();
        interp.runBlock(body.begin(), out);
        interp.runBlock(body.process(), out);
        interp.runBlock(body.end(), out);
    }

    private static List<FunctionInfo> filter(List<FunctionInfo> candidates, PSHashtable data, String key) {
        List<String> p = patterns(data, key);
        List<FunctionInfo> kept = new ArrayList<>();
        for (FunctionInfo f : candidates) {
            if ((p == null || matches(p, f.name())) && kept.stream().noneMatch(k -> k.name().equalsIgnoreCase(f.name()))) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The patterns of a *ToExport key; null when the key is absent (everything is exported). */
    private static List<String> patterns(PSHashtable data, String key) {
        if (!data.containsKey(key)) {
            return null;
        }
        List<String> p = new ArrayList<>();
        list(data.get(key)).forEach(o -> p.add(LanguagePrimitives.toStringValue(o)));
        return p;
    }

    private static boolean matches(List<String> patterns, String name) {
        return patterns.stream().anyMatch(p -> Wildcard.compile(p, false).matches(name));
    }

    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        List<Object> l = new ArrayList<>();
        for (Object o : LanguagePrimitives.toList(value)) {
            if (o != null) {
                l.add(o);
            }
        }
        return l;
    }
}

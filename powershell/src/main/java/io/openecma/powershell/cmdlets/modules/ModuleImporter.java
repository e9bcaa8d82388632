package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.FunctionInfo;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ModuleInfo;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSVariable;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.SessionAlias;
import io.openecma.powershell.types.VersionValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Import-Module cmdlet: finds each module, loads it (or reuses the loaded one) and imports its exports. */
final class ModuleImporter {
    private final CommandContext c;
    private final Interpreter interp;

    ModuleImporter(CommandContext c) {
        this.c = c;
        this.interp = ((CommandContextImpl) c).interpreter();
    }

    void run() {
        if (c.isBound("ModuleInfo")) {
            for (Object o : LanguagePrimitives.toList(c.parameter("ModuleInfo"))) {
                if (LanguagePrimitives.base(o) instanceof ModuleInfo m) {
                    importInto(m, c.switchPresent("PassThru"));
                }
            }
            return;
        }
        ModuleSpec range = ModuleSpec.fromParameters("", c);
        if (range.rangeInverted()) {
            // ImportModuleCommand.ProcessRecord: a PSArgumentOutOfRangeException, Modules.resx MinimumVersionAndMaximumVersionInvalidRange.
            throw c.terminatingError("System.Management.Automation.PSArgumentOutOfRangeException", "The MinimumVersion '" + range.minimum()
                    + "' should not be greater than MaximumVersion '" + range.maximum() + "'.", "ArgumentOutOfRange", "InvalidArgument");
        }
        List<ModuleSpec> specs = new ArrayList<>();
        for (Object n : c.isBound("Name") ? LanguagePrimitives.toList(c.parameter("Name")) : List.of()) {
            Object raw = LanguagePrimitives.base(n);
            if (raw instanceof ModuleInfo m) {
                importInto(m, c.switchPresent("PassThru"));
                continue;
            }
            specs.add(ModuleSpec.fromParameters(LanguagePrimitives.toStringValue(n), c));
        }
        if (c.isBound("FullyQualifiedName")) {
            LanguagePrimitives.toList(c.parameter("FullyQualifiedName")).forEach(o -> specs.add(ModuleSpec.fromFullyQualifiedName(o)));
        }
        for (ModuleSpec spec : specs) {
            ModuleInfo m = loadByName(spec, !c.switchPresent("Force"));
            if (m != null) {
                importInto(m, c.switchPresent("PassThru"));
            }
        }
    }

    /**
     * A module of RequiredModules: a name, or a hashtable with ModuleName and version/GUID constraints;
     * imported globally. As ModuleCmdletBase.LoadRequiredModule: a loaded module that meets the
     * constraints is used, else one found on PSModulePath; when neither exists the manifest is invalid
     * (Modules_InvalidManifest, a MissingMemberException whose text names the failed constraint).
     */
    ModuleInfo importRequired(Object spec, Path manifest) {
        ModuleSpec wanted = ModuleSpec.fromFullyQualifiedName(spec);
        String name = wanted.name();
        ModuleInfo loaded = loadedNamed(name);
        String failure = loaded == null ? null : wanted.mismatch(loaded.getVersion(), loaded.getGuid());
        if (loaded != null && failure == null) {
            return loaded;
        }
        Path file = ModulePathSearch.looksLikePath(name) ? locateRelative(name, manifest.getParent()) : firstCandidate(wanted);
        if (file != null && !versionAccepted(file, wanted)) {
            file = null;
        }
        if (file == null) {
            throw c.terminatingError("System.MissingMemberException", requiredNotLoaded(wanted, failure, manifest),
                    "Modules_InvalidManifest", "ResourceUnavailable");
        }
        ModuleInfo m = new ModuleLoader(c, interp, this).load(file, List.of());
        register(m);
        exportTo(m, interp.context().global(), "");
        return m;
    }

    /** Modules.resx RequiredModuleNotLoaded*, chosen by the constraint the loaded module failed. */
    private static String requiredNotLoaded(ModuleSpec s, String failure, Path manifest) {
        String tail = " is not loaded. Load the module or remove the module from 'RequiredModules' in the file '" + manifest + "'.";
        String head = "The required module '" + s.name() + "'";
        if ("RequiredVersion".equals(failure)) {
            return head + " with version '" + s.required() + "'" + tail;
        }
        if ("Guid".equals(failure)) {
            return head + " with GUID '" + s.guid() + "'" + tail;
        }
        if ("MinimumVersion".equals(failure) || "MaximumVersion".equals(failure)) {
            if (s.minimum() != null && s.maximum() != null) {
                return head + " with MinimumVersion '" + s.minimum() + "' and MaximumVersion '" + s.maximum() + "'" + tail;
            }
            return s.maximum() != null ? head + " with MaximumVersion '" + s.maximum() + "'" + tail
                    : head + " with version '" + s.minimum() + "'" + tail;
        }
        return head + tail;
    }

    /** A RootModule or NestedModules entry: relative to the manifest's folder, else a name on PSModulePath. */
    Path locateRelative(String entry, Path base) {
        String rel = entry.replace('\\', '/');
        Path candidate = base.resolve(rel);
        if (Files.isRegularFile(candidate)) {
            return candidate;
        }
        for (String ext : new String[] {".psm1", ".psd1", ".dll"}) {
            if (Files.isRegularFile(base.resolve(rel + ext))) {
                return base.resolve(rel + ext);
            }
        }
        if (Files.isDirectory(candidate)) {
            return search().resolvePath(candidate.toString());
        }
        return ModulePathSearch.looksLikePath(entry) ? search().resolvePath(entry) : firstCandidate(new ModuleSpec(entry, null, null, null, null));
    }

    ModulePathSearch search() {
        return new ModulePathSearch(c.fileSystem(), interp.context().environmentVariable("PSModulePath", ""));
    }

    private Path firstCandidate(ModuleSpec spec) {
        for (Path p : search().candidates(spec.name())) {
            if (versionAccepted(p, spec)) {
                return p;
            }
        }
        return null;
    }

    private ModuleInfo loadByName(ModuleSpec spec, boolean reuse) {
        String name = spec.name();
        Path file = ModulePathSearch.looksLikePath(name) ? search().resolvePath(name) : firstCandidate(spec);
        if (file != null && ModulePathSearch.looksLikePath(name) && !versionAccepted(file, spec)) {
            file = null;
        }
        if (file == null) {
            notFound(spec);
            return null;
        }
        Path found = file;
        String moduleName = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        ModuleInfo loaded = interp.context().modules().values().stream()
                .filter(m -> m.getName().equalsIgnoreCase(moduleName) && samePlace(m, found)).findFirst().orElse(null);
        if (loaded != null && reuse) {
            return loaded;
        }
        if (loaded != null) {
            ModuleRemover.remove(interp, loaded);
        }
        List<Object> args = c.isBound("ArgumentList") ? LanguagePrimitives.toList(c.parameter("ArgumentList")) : List.of();
        ModuleInfo m = new ModuleLoader(c, interp, this).load(found, args);
        register(m);
        return m;
    }

    private static boolean samePlace(ModuleInfo loaded, Path file) {
        String f = file.toString();
        return loaded.getPath().equals(f) || loaded.getModuleBase().equals(file.getParent().toString());
    }

    private void register(ModuleInfo m) {
        interp.context().modules().put(key(m), m);
    }

    /** The module table's key: the module's path, as 5.1's ModuleTable. */
    static String key(ModuleInfo m) {
        return m.getPath().toLowerCase(Locale.ROOT);
    }

    /** The most recently loaded module of this name. */
    private ModuleInfo loadedNamed(String name) {
        ModuleInfo found = null;
        for (ModuleInfo m : interp.context().modules().values()) {
            if (m.getName().equalsIgnoreCase(name)) {
                found = m;
            }
        }
        return found;
    }

    private void notFound(ModuleSpec spec) {
        String version = spec.shownVersion();
        if (!spec.constrained()) {
            c.writeError("System.IO.FileNotFoundException", "The specified module '" + spec.name()
                    + "' was not loaded because no valid module file was found in any module directory.", "Modules_ModuleNotFound", "ResourceUnavailable", spec.name());
            return;
        }
        c.writeError("System.IO.FileNotFoundException", "The specified module '" + spec.name() + "' with version '" + (version == null ? "" : version)
                + "' was not loaded because no valid module file was found in any module directory.", "Modules_ModuleWithVersionNotFound", "ResourceUnavailable", spec.name());
    }

    private String str(String parameter) {
        return LanguagePrimitives.toStringValue(c.parameter(parameter));
    }

    /** The spec's version and GUID constraints against a manifest's ModuleVersion and GUID (0.0 and none for other files). */
    private boolean versionAccepted(Path file, ModuleSpec spec) {
        if (!spec.constrained()) {
            return true;
        }
        VersionValue v = new VersionValue(0, 0, -1, -1);
        String guid = null;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psd1")) {
            PSHashtable data = DataFile.read(c, interp, file);
            if (data.get("ModuleVersion") != null) {
                v = VersionValue.parse(LanguagePrimitives.toStringValue(data.get("ModuleVersion")));
            }
            guid = data.get("GUID") == null ? null : LanguagePrimitives.toStringValue(data.get("GUID"));
        }
        return spec.accepts(v, guid);
    }

    private void importInto(ModuleInfo m, boolean passThru) {
        exportTo(m, targetScope(), c.isBound("Prefix") ? str("Prefix") : "");
        c.writeVerbose("Importing module '" + m.getName() + "'.");
        if (passThru) {
            c.writeObject(c.switchPresent("AsCustomObject") ? asCustomObject(m) : m);
        } else if (c.switchPresent("AsCustomObject")) {
            c.writeObject(asCustomObject(m));
        }
    }

    /** 5.1: the global scope from a script or the prompt; the calling module's scope from inside a module. */
    private Scope targetScope() {
        Scope caller = ((CommandContextImpl) c).callerScope();
        String scope = c.isBound("Scope") ? str("Scope") : "";
        if (c.switchPresent("Global") || scope.equalsIgnoreCase("Global")) {
            return interp.context().global();
        }
        if (scope.equalsIgnoreCase("Local")) {
            return caller;
        }
        return caller.module() != null ? caller.module().scope() : interp.context().global();
    }

    private void exportTo(ModuleInfo m, Scope target, String prefix) {
        List<String> fnFilter = filter("Function");
        for (FunctionInfo f : m.exported()) {
            if (fnFilter == null || matches(fnFilter, f.name())) {
                String name = prefixed(f.name(), prefix);
                target.defineFunction(new FunctionInfo(name, f.filter(), f.parameters(), f.body(), f.module()));
                c.writeVerbose("Importing function '" + name + "'.");
            }
        }
        List<String> aliasFilter = filter("Alias");
        m.exportedAliasMap().forEach((n, a) -> {
            if (aliasFilter == null || matches(aliasFilter, n)) {
                String name = prefix.isEmpty() ? n : prefixed(n, prefix);
                target.aliases().put(LanguagePrimitives.fold(name), new SessionAlias(name, a.definition()));
                c.writeVerbose("Importing alias '" + name + "'.");
            }
        });
        List<String> varFilter = filter("Variable");
        for (String v : m.exportedVariables()) {
            PSVariable var = m.scope().local(v);
            if (var != null && (varFilter == null || matches(varFilter, v))) {
                target.set(v, var.value());
                c.writeVerbose("Importing variable '" + v + "'.");
            }
        }
    }

    private List<String> filter(String parameter) {
        if (!c.isBound(parameter)) {
            return null;
        }
        List<String> l = new ArrayList<>();
        LanguagePrimitives.toList(c.parameter(parameter)).forEach(o -> l.add(LanguagePrimitives.toStringValue(o)));
        return l;
    }

    private static boolean matches(List<String> patterns, String name) {
        return patterns.stream().anyMatch(p -> Wildcard.compile(p, false).matches(name));
    }

    /** -Prefix goes before the noun: Get-Thing becomes Get-PrefixThing; a name without a dash gets it in front. */
    static String prefixed(String name, String prefix) {
        if (prefix.isEmpty()) {
            return name;
        }
        int dash = name.indexOf('-');
        return dash < 0 ? prefix + name : name.substring(0, dash + 1) + prefix + name.substring(dash + 1);
    }

    private static Object asCustomObject(ModuleInfo m) {
        io.openecma.powershell.runtime.PSObject o = new io.openecma.powershell.runtime.PSObject();
        for (PSVariable v : m.scope().variables().values()) {
            if (m.exportedVariables().contains(v.name())) {
                o.setProperty(v.name(), v.value());
            }
        }
        return o;
    }
}

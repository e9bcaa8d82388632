package io.openecma.powershell.runtime;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.types.VersionValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * System.Management.Automation.PSModuleInfo: an imported script, manifest or dynamic module, its own
 * scope (a child of the global scope), its exports and what its manifest declared.
 */
public final class ModuleInfo {
    private final String name;
    private final String path;
    private final Scope scope;
    private Set<String> exportedFunctions;
    private Set<String> exportedAliases;
    private Set<String> exportedVariables = new LinkedHashSet<>();
    private String moduleType = "Script";
    private VersionValue version = new VersionValue(0, 0, -1, -1);
    private String guid = "00000000-0000-0000-0000-000000000000";
    private String description = "";
    private Object privateData;
    private ModuleAccessMode accessMode = ModuleAccessMode.ReadWrite;
    private List<String> compatiblePSEditions = new ArrayList<>();
    private final List<ModuleInfo> nestedModules = new ArrayList<>();
    private final List<ModuleInfo> requiredModules = new ArrayList<>();
    /** Functions a manifest re-exports from its root and nested modules; null for a plain script module. */
    private List<FunctionInfo> manifestExports;
    private Map<String, SessionAlias> manifestAliases;

    public ModuleInfo(String name, String path, Scope global) {
        this.name = name;
        this.path = path;
        this.scope = new Scope(global, this, true);
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }

    public String getModuleBase() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(0, slash);
    }

    public Scope scope() {
        return scope;
    }

    /** The dynamic assembly of the module's classes and enums (5.1 emits one per module that defines any), or null. */
    public Object getImplementingAssembly() {
        return scope.definesTypes() ? io.openecma.powershell.runtime.classes.ClassAssembly.forScript(path) : null;
    }

    /** Export-ModuleMember -Function; null means "all functions" (no Export-ModuleMember call). */
    public void exportFunctions(List<String> names) {
        if (exportedFunctions == null) {
            exportedFunctions = new LinkedHashSet<>();
        }
        exportedFunctions.addAll(names);
    }

    /** Export-ModuleMember -Alias; null means "all aliases" (as 5.1 exports a script module's aliases by default). */
    public void exportAliases(List<String> names) {
        if (exportedAliases == null) {
            exportedAliases = new LinkedHashSet<>();
        }
        exportedAliases.addAll(names);
    }

    /** Export-ModuleMember was called: from then on only what it names is exported (5.1's ExportModuleMembers). */
    public void markExplicitExport() {
        if (exportedFunctions == null) {
            exportedFunctions = new LinkedHashSet<>();
        }
        if (exportedAliases == null) {
            exportedAliases = new LinkedHashSet<>();
        }
    }

    public void exportVariables(List<String> names) {
        exportedVariables.addAll(names);
    }

    public Set<String> exportedVariables() {
        return exportedVariables;
    }

    public List<FunctionInfo> exported() {
        if (manifestExports != null) {
            return manifestExports;
        }
        List<FunctionInfo> list = new ArrayList<>();
        for (FunctionInfo f : scope.functions().values()) {
            if (matchesAny(exportedFunctions, f.name())) {
                list.add(f);
            }
        }
        return list;
    }

    public Map<String, SessionAlias> exportedAliasMap() {
        if (manifestAliases != null) {
            return manifestAliases;
        }
        Map<String, SessionAlias> map = new LinkedHashMap<>();
        for (SessionAlias a : scope.aliases().values()) {
            if (matchesAny(exportedAliases, a.name())) {
                map.put(a.name(), a);
            }
        }
        return map;
    }

    /** A manifest module's exports, chosen by its *ToExport keys from its root and nested modules. */
    public void setManifestExports(List<FunctionInfo> functions, Map<String, SessionAlias> aliases) {
        this.manifestExports = functions;
        this.manifestAliases = aliases;
    }

    private static boolean matchesAny(Set<String> patterns, String name) {
        return patterns == null || patterns.stream().anyMatch(p -> Wildcard.compile(p, false).matches(name));
    }

    public PSHashtable getExportedFunctions() {
        PSHashtable t = new PSHashtable(true);
        for (FunctionInfo f : exported()) {
            t.put(f.name(), new io.openecma.powershell.cmdlets.results.FunctionCommandInfo(f));
        }
        return t;
    }

    public PSHashtable getExportedAliases() {
        PSHashtable t = new PSHashtable(true);
        exportedAliasMap().forEach((n, a) -> t.put(n, a.definition()));
        return t;
    }

    public PSHashtable getExportedVariables() {
        PSHashtable t = new PSHashtable(true);
        for (String v : exportedVariables) {
            PSVariable var = scope.local(v);
            if (var != null) {
                t.put(v, var.value());
            }
        }
        return t;
    }

    public PSHashtable getExportedCmdlets() {
        return new PSHashtable(true);
    }

    /** ExportedCommands: functions, then aliases (5.1 merges cmdlets, functions and aliases). */
    public PSHashtable getExportedCommands() {
        PSHashtable t = getExportedFunctions();
        exportedAliasMap().forEach((n, a) -> t.put(n, a.definition()));
        return t;
    }

    public String getModuleType() {
        return moduleType;
    }

    public void setModuleType(String moduleType) {
        this.moduleType = moduleType;
    }

    public VersionValue getVersion() {
        return version;
    }

    public void setVersion(VersionValue version) {
        this.version = version;
    }

    public String getGuid() {
        return guid;
    }

    public void setGuid(String guid) {
        this.guid = guid;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public Object getPrivateData() {
        return privateData;
    }

    public void setPrivateData(Object privateData) {
        this.privateData = privateData;
    }

    public List<String> getCompatiblePSEditions() {
        return compatiblePSEditions;
    }

    public void setCompatiblePSEditions(List<String> editions) {
        this.compatiblePSEditions = editions;
    }

    public List<ModuleInfo> getNestedModules() {
        return nestedModules;
    }

    public List<ModuleInfo> getRequiredModules() {
        return requiredModules;
    }

    public ModuleAccessMode getAccessMode() {
        return accessMode;
    }

    /** Settable from scripts, as PSModuleInfo.AccessMode; Remove-Module honours it. */
    public void setAccessMode(ModuleAccessMode accessMode) {
        this.accessMode = accessMode;
    }

    public Object getSessionState() {
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}

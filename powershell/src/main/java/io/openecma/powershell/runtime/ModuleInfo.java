package io.openecma.powershell.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An imported script module (.psm1): its own scope (a child of the global scope) and its exports. */
public final class ModuleInfo {
    private final String name;
    private final String path;
    private final Scope scope;
    private Set<String> exportedFunctions;
    private Set<String> exportedVariables = new LinkedHashSet<>();

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

    public Scope scope() {
        return scope;
    }

    /** Export-ModuleMember -Function; null means "all functions" (no Export-ModuleMember call). */
    public void exportFunctions(List<String> names) {
        if (exportedFunctions == null) {
            exportedFunctions = new LinkedHashSet<>();
        }
        exportedFunctions.addAll(names);
    }

    public void exportVariables(List<String> names) {
        exportedVariables.addAll(names);
    }

    public Set<String> exportedVariables() {
        return exportedVariables;
    }

    public List<FunctionInfo> exported() {
        List<FunctionInfo> list = new ArrayList<>();
        for (FunctionInfo f : scope.functions().values()) {
            if (exportedFunctions == null || exportedFunctions.stream().anyMatch(p ->
                    io.openecma.powershell.dotnet.Wildcard.compile(p, false).matches(f.name()))) {
                list.add(f);
            }
        }
        return list;
    }

    public String getModuleType() {
        return "Script";
    }

    @Override
    public String toString() {
        return name;
    }
}

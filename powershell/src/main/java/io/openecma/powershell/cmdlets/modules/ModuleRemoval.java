package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ModuleAccessMode;
import io.openecma.powershell.runtime.ModuleInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The Remove-Module cmdlet, as RemoveModuleCommand.ProcessRecord: gathers the modules named by
 * -Name patterns, -FullyQualifiedName and -ModuleInfo (each once), refuses constant modules,
 * read-only ones without -Force and, without -Force, those another loaded module requires.
 */
final class ModuleRemoval {
    private final CommandContext c;
    private final Interpreter interp;

    ModuleRemoval(CommandContext c) {
        this.c = c;
        this.interp = ((CommandContextImpl) c).interpreter();
    }

    void run() {
        List<ModuleInfo> targets = targets();
        Set<ModuleInfo> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(targets);
        boolean force = c.switchPresent("Force");
        int removed = 0;
        for (ModuleInfo m : targets) {
            if (m.getAccessMode() == ModuleAccessMode.Constant) {
                refuse(m, "Unable to remove the module '" + m.getName()
                        + "' because it is marked as 'constant.' A module cannot be removed if it is marked 'constant.'", "Modules_ModuleIsConstant");
                continue;
            }
            if (m.getAccessMode() == ModuleAccessMode.ReadOnly && !force) {
                refuse(m, "Unable to remove the module '" + m.getName()
                        + "' because it is read-only. Add the Force parameter to your command to remove read-only modules.", "Modules_ModuleIsReadOnly");
                continue;
            }
            ModuleInfo requiredBy = force ? null : requiredBy(m, chosen);
            if (requiredBy != null) {
                refuse(m, "Unable to remove the module '" + m.getName() + "' because it is required by '" + requiredBy.getName()
                        + "'. Add the Force parameter to your command to remove the module.", "Modules_ModuleIsRequired");
                continue;
            }
            ModuleRemover.remove(interp, m);
            removed++;
        }
        if (removed == 0 && namedSpecifically()) {
            c.writeError("System.InvalidOperationException", "No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.",
                    "Modules_NoModulesRemoved", "ResourceUnavailable", null);
        }
    }

    private List<ModuleInfo> targets() {
        List<ModuleInfo> loaded = new ArrayList<>(interp.context().modules().values());
        List<ModuleInfo> found = new ArrayList<>();
        Set<ModuleInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (c.isBound("Name")) {
            for (Object n : LanguagePrimitives.toList(c.parameter("Name"))) {
                Object raw = LanguagePrimitives.base(n);
                if (raw instanceof ModuleInfo m) {
                    addOnce(found, seen, m);
                    continue;
                }
                Wildcard pattern = Wildcard.compile(LanguagePrimitives.toStringValue(raw), false);
                loaded.stream().filter(m -> pattern.matches(m.getName())).forEach(m -> addOnce(found, seen, m));
            }
        }
        if (c.isBound("FullyQualifiedName")) {
            for (Object o : LanguagePrimitives.toList(c.parameter("FullyQualifiedName"))) {
                ModuleSpec spec = ModuleSpec.fromFullyQualifiedName(o);
                loaded.stream().filter(spec::matchesModule).forEach(m -> addOnce(found, seen, m));
            }
        }
        if (c.isBound("ModuleInfo")) {
            for (Object o : LanguagePrimitives.toList(c.parameter("ModuleInfo"))) {
                if (LanguagePrimitives.base(o) instanceof ModuleInfo m) {
                    addOnce(found, seen, m);
                }
            }
        }
        return found;
    }

    private static void addOnce(List<ModuleInfo> found, Set<ModuleInfo> seen, ModuleInfo m) {
        if (seen.add(m)) {
            found.add(m);
        }
    }

    /** A loaded module, not itself being removed, whose RequiredModules include this one. */
    private ModuleInfo requiredBy(ModuleInfo m, Set<ModuleInfo> beingRemoved) {
        for (ModuleInfo other : interp.context().modules().values()) {
            if (other != m && !beingRemoved.contains(other) && other.getRequiredModules().contains(m)) {
                return other;
            }
        }
        return null;
    }

    private void refuse(ModuleInfo m, String message, String errorId) {
        c.writeError("System.InvalidOperationException", message, errorId, "PermissionDenied", m);
    }

    /** RemoveModuleCommand.EndProcessing: the error is for a name without wildcards, a module object or a specification. */
    private boolean namedSpecifically() {
        if (c.isBound("ModuleInfo") || c.isBound("FullyQualifiedName")) {
            return true;
        }
        if (!c.isBound("Name")) {
            return false;
        }
        for (Object n : LanguagePrimitives.toList(c.parameter("Name"))) {
            if (!Wildcard.containsWildcard(LanguagePrimitives.toStringValue(n))) {
                return true;
            }
        }
        return false;
    }
}

package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.ModuleInfo;
import io.openecma.powershell.runtime.Scope;

import java.util.Locale;

/** Remove-Module's work: forgets the module and removes the functions and aliases it imported. */
final class ModuleRemover {
    private ModuleRemover() {
    }

    static void remove(Interpreter interp, ModuleInfo m) {
        interp.context().modules().values().removeIf(x -> x == m);
        for (Scope s = interp.scope(); s != null; s = s.parent()) {
            s.functions().values().removeIf(f -> f.module() == m || (f.module() != null && m.getNestedModules().contains(f.module())));
            s.aliases().entrySet().removeIf(e -> m.exportedAliasMap().values().stream()
                    .anyMatch(a -> a.definition().equalsIgnoreCase(e.getValue().definition())
                            && a.name().equalsIgnoreCase(e.getValue().name())));
        }
    }
}

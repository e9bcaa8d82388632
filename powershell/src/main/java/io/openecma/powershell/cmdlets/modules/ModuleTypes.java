package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.types.TypeRegistry;

/** Registers the .NET names of the module cmdlets' types. */
public final class ModuleTypes {
    private ModuleTypes() {
    }

    public static void register(TypeRegistry r) {
        r.registerConvertible("Microsoft.PowerShell.Commands.ModuleSpecification", ModuleSpecification.class, ModuleSpecification::convert);
        r.register("System.Management.Automation.ModuleAccessMode", io.openecma.powershell.runtime.ModuleAccessMode.class);
    }
}

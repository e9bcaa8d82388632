package io.openecma.powershell.types;

import io.openecma.powershell.runtime.AutomationNull;
import io.openecma.powershell.runtime.PSObject;

import java.util.List;

/**
 * A .NET property's accessor methods, {@code get_Name()} and {@code set_Name(value)}: they are
 * public methods of the type, so PowerShell's .NET adapter lets a script call them
 * ({@code $hashtable.get_Keys()}, used by PipelineChainOperator.Tests.ps1). A PSCustomObject's note
 * properties have no such methods.
 */
final class AccessorMethods {

    private AccessorMethods() {
    }

    /** The accessor's result, or {@link Members#MISSING} when {@code name} is not an accessor of a property here. */
    static Object invoke(Object target, String name, List<Object> args) {
        if (name.length() <= 4 || name.charAt(3) != '_' || target == null
                || target instanceof PSObject o && o.isCustomObject()) {
            return Members.MISSING;
        }
        String prefix = name.substring(0, 3);
        String property = name.substring(4);
        if (prefix.equalsIgnoreCase("get") && args.isEmpty()) {
            return Members.getProperty(target, property);
        }
        if (prefix.equalsIgnoreCase("set") && args.size() == 1 && Members.getProperty(target, property) != Members.MISSING) {
            Members.setProperty(target, property, args.get(0));
            return AutomationNull.VALUE;
        }
        return Members.MISSING;
    }
}

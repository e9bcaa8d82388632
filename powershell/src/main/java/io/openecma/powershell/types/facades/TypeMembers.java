package io.openecma.powershell.types.facades;

import io.openecma.powershell.types.PSType;

/** Instance members of [type] values. */
public final class TypeMembers {
    private TypeMembers() {
    }

    public static String getName(PSType t) {
        return t.getName();
    }

    /** A script class's base class (System.Object when it has none). */
    public static PSType getBaseType(PSType t) {
        if (t.scriptType() instanceof io.openecma.powershell.runtime.classes.ScriptClass c && c.base() != null) {
            return c.base().type();
        }
        return io.openecma.powershell.runtime.ExecutionContext.current().types().lookup(
                t.scriptType() instanceof io.openecma.powershell.runtime.classes.ScriptEnum ? "System.Enum" : "System.Object");
    }

    public static String getFullName(PSType t) {
        return t.getFullName();
    }

    public static String getNamespace(PSType t) {
        return t.getNamespace();
    }

    public static String ToString(PSType t) {
        return t.getFullName();
    }

    public static boolean IsInstanceOfType(PSType t, Object o) {
        return t.isInstance(o);
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.types.PSType;

/** Instance members of [type] values. */
public final class TypeMembers {
    private TypeMembers() {
    }

    public static String getName(PSType t) {
        return t.getName();
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

package io.openecma.powershell.types.facades;

import io.openecma.powershell.types.GenericTypes;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.runtime.classes.ClassReflection;

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

    /** mscorlib's for registered types; a script class's own dynamic assembly. */
    public static Object getAssembly(PSType t) {
        Object scripted = ClassReflection.assemblyOf(t);
        return scripted != null ? scripted : AssemblyValue.CORE;
    }

    public static PSType GetInterface(PSType t, String name) {
        return ClassReflection.getInterface(t, name);
    }

    public static PSType[] GetInterfaces(PSType t) {
        return ClassReflection.getInterfaces(t);
    }

    public static Object[] GetCustomAttributes(PSType t, boolean inherit) {
        return ClassReflection.getCustomAttributes(t);
    }

    public static Object GetProperty(PSType t, String name) {
        return ClassReflection.getProperty(t, name);
    }

    public static Object GetMethod(PSType t, String name) {
        return ClassReflection.getMethod(t, name);
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

    public static boolean getIsGenericType(PSType t) {
        return GenericTypes.isDefinition(t) || GenericTypes.isClosed(t);
    }

    public static boolean getIsGenericTypeDefinition(PSType t) {
        return GenericTypes.isDefinition(t);
    }

    public static boolean getContainsGenericParameters(PSType t) {
        return GenericTypes.isDefinition(t);
    }

    public static boolean getIsArray(PSType t) {
        return t.fullName().endsWith("[]");
    }

    /** MakeGenericType(params Type[]): the arguments one by one, or one Type[] array. */
    public static PSType MakeGenericType(PSType t, Object... typeArguments) {
        Object args = typeArguments.length == 1 && io.openecma.powershell.runtime.LanguagePrimitives.isEnumerable(typeArguments[0])
                ? typeArguments[0] : typeArguments;
        return GenericTypes.make(t, args);
    }

    public static PSType GetGenericTypeDefinition(PSType t) {
        return GenericTypes.definitionOf(t);
    }

    public static PSType[] GetGenericArguments(PSType t) {
        return t.fullName().endsWith("[]") ? new PSType[0] : t.genericArguments().toArray(new PSType[0]);
    }

    public static boolean IsInstanceOfType(PSType t, Object o) {
        return t.isInstance(o);
    }
}

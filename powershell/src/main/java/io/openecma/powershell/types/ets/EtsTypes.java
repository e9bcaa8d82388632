package io.openecma.powershell.types.ets;

import io.openecma.powershell.types.TypeRegistry;

/** Registers the .NET names of the extended type system's data objects. */
public final class EtsTypes {
    private EtsTypes() {
    }

    public static void register(TypeRegistry r) {
        r.register("System.Management.Automation.Runspaces.TypeData", TypeData.class);
        r.register("System.Management.Automation.Runspaces.NotePropertyData", TypeMemberData.NoteProperty.class);
        r.register("System.Management.Automation.Runspaces.AliasPropertyData", TypeMemberData.AliasProperty.class);
        r.register("System.Management.Automation.Runspaces.ScriptPropertyData", TypeMemberData.ScriptProperty.class);
        r.register("System.Management.Automation.Runspaces.ScriptMethodData", TypeMemberData.ScriptMethod.class);
        r.register("System.Management.Automation.Runspaces.PropertySetData", TypeMemberData.PropertySet.class);
        r.register("System.Management.Automation.PSPropertySet", PropertySetValue.class);
        r.register("System.Management.Automation.SerializationMethod", SerializationMethod.class);
        r.registerConvertible("System.Management.Automation.PSTypeName", PSTypeNameValue.class, EtsTypes::toTypeName);
    }

    /** [PSTypeName] from a type or a name. */
    private static Object toTypeName(Object value) {
        Object v = io.openecma.powershell.runtime.LanguagePrimitives.base(value);
        if (v instanceof PSTypeNameValue t) {
            return t;
        }
        return v instanceof io.openecma.powershell.types.PSType t ? new PSTypeNameValue(t)
                : new PSTypeNameValue(io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(v));
    }
}

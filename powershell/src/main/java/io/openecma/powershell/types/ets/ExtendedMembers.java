package io.openecma.powershell.types.ets;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.TypeRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * The members the runspace's {@link TypeTable} gives an object (PowerShell's "extended" members,
 * after the object's own instance members and before its adapted .NET ones): the types are looked
 * up by the object's type names, most derived first, so a member on System.String wins over one on
 * System.Object.
 */
public final class ExtendedMembers {
    private ExtendedMembers() {
    }

    /**
     * The member's value, a {@link PSObject.ScriptMember} for a script property (the caller runs it
     * with $this the object), or {@link Members#MISSING}.
     */
    public static Object property(Object target, String name) {
        ExecutionContext context = ExecutionContext.currentOrNull();
        if (context == null) {
            return Members.MISSING;
        }
        List<TypeData> chain = TypeTable.of(context).forTypeNames(typeNames(target));
        if (chain.isEmpty()) {
            return Members.MISSING;
        }
        if (name.equalsIgnoreCase("PSStandardMembers")) {
            Object view = StandardMembers.view(target, chain);
            return view == null ? Members.MISSING : view;
        }
        for (TypeData t : chain) {
            TypeMemberData m = t.member(name);
            if (m instanceof TypeMemberData.NoteProperty n) {
                return n.getValue();
            }
            if (m instanceof TypeMemberData.ScriptProperty s) {
                return new PSObject.ScriptMember(s.getGetScriptBlock(), false, s.getSetScriptBlock());
            }
            if (m instanceof TypeMemberData.AliasProperty a) {
                Object v = context.interpreter().getMember(target, a.getReferencedMemberName());
                return a.getMemberType() == null ? v : a.getMemberType().convert(v);
            }
            if (m instanceof TypeMemberData.PropertySet p) {
                return new PropertySetValue(p.getName(), p.getReferencedProperties());
            }
        }
        return Members.MISSING;
    }

    /** The script of the ScriptMethod the type table gives the object under that name, or null. */
    public static io.openecma.powershell.runtime.ScriptBlock scriptMethod(Object target, String name) {
        ExecutionContext context = ExecutionContext.currentOrNull();
        if (context == null || LanguagePrimitives.unwrapNull(target) == null) {
            return null;
        }
        for (TypeData t : TypeTable.of(context).forTypeNames(typeNames(target))) {
            if (t.member(name) instanceof TypeMemberData.ScriptMethod m) {
                return m.getScript();
            }
        }
        return null;
    }

    /** A member as Get-Member shows it. */
    public record Listed(String name, String memberType, String definition) {
    }

    /** The type-table members of the object, most derived type's first, one per name (Get-Member). */
    public static List<Listed> list(Object target) {
        ExecutionContext context = ExecutionContext.currentOrNull();
        List<Listed> out = new ArrayList<>();
        if (context == null || LanguagePrimitives.unwrapNull(target) == null) {
            return out;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TypeData t : TypeTable.of(context).forTypeNames(typeNames(target))) {
            for (TypeMemberData m : t.memberList()) {
                if (seen.add(m.getName().toLowerCase(java.util.Locale.ROOT))) {
                    out.add(new Listed(m.getName(), kind(m), definition(m)));
                }
            }
        }
        return out;
    }

    private static String kind(TypeMemberData m) {
        return m.getClass().getSimpleName();
    }

    /** PSMemberInfo.ToString's forms: "type Name=value", "Name = Referenced", "System.Object Name {get=...;}". */
    private static String definition(TypeMemberData m) {
        if (m instanceof TypeMemberData.NoteProperty n) {
            Object v = n.getValue();
            return (v == null ? "System.Object" : TypeRegistry.typeNameOf(v)) + " " + n.getName() + "=" + LanguagePrimitives.toStringValue(v);
        }
        if (m instanceof TypeMemberData.AliasProperty a) {
            return a.getName() + " = " + (a.getMemberType() == null ? "" : "(" + a.getMemberType().fullName() + ")") + a.getReferencedMemberName();
        }
        if (m instanceof TypeMemberData.ScriptProperty s) {
            return "System.Object " + s.getName() + " {" + (s.getGetScriptBlock() == null ? "" : "get=" + s.getGetScriptBlock() + ";")
                    + (s.getSetScriptBlock() == null ? "" : "set=" + s.getSetScriptBlock() + ";") + "}";
        }
        if (m instanceof TypeMemberData.ScriptMethod sm) {
            return "System.Object " + sm.getName() + "();";
        }
        TypeMemberData.PropertySet p = (TypeMemberData.PropertySet) m;
        return p.getName() + " {" + String.join(", ", p.getReferencedProperties()) + "}";
    }

    /** The names the type table is searched by: the PSObject's own type names, else the .NET type's and its bases'. */
    public static List<String> typeNames(Object target) {
        Object t = LanguagePrimitives.unwrapNull(target);
        if (t instanceof PSObject o) {
            if (!o.typeNames().isEmpty()) {
                return o.typeNames();
            }
            if (o.isCustomObject()) {
                return List.of("System.Management.Automation.PSCustomObject", "System.Object");
            }
            t = o.baseObject();
        }
        List<String> names = new ArrayList<>(4);
        PSType type = ExecutionContext.current().types().reportedTypeOf(t);
        names.add(type != null ? type.fullName() : TypeRegistry.typeNameOf(t));
        if (t.getClass().isArray() || t instanceof List<?> && names.get(0).endsWith("[]")) {
            names.add("System.Array");
        } else if (t instanceof Enum<?>) {
            names.add("System.Enum");
            names.add("System.ValueType");
        } else if (t instanceof Number || t instanceof Boolean || t instanceof Character
                || names.get(0).equals("System.DateTime") || names.get(0).equals("System.TimeSpan")) {
            names.add("System.ValueType");
        }
        if (!names.get(0).equals("System.Object")) {
            names.add("System.Object");
        }
        return names;
    }
}

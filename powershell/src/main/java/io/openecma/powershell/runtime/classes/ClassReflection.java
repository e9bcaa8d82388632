package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.TypeDefinitionAst.MethodDef;
import io.openecma.powershell.ast.TypeDefinitionAst.PropertyDef;
import io.openecma.powershell.types.PSType;

import java.util.ArrayList;
import java.util.List;

/**
 * Reflection on a script class's type ({@code [C].GetInterface('System.IDisposable')},
 * {@code [C].GetCustomAttributes($false)}, {@code GetProperty}, {@code GetMethod}), as
 * System.Type answers it for the type 5.1 emits. Public members only, the class's own or inherited;
 * names match case-sensitively as Type.GetProperty(string) does.
 */
public final class ClassReflection {

    private ClassReflection() {
    }

    private static ScriptClass classOf(PSType t) {
        return t.scriptType() instanceof ScriptClass c ? c : null;
    }

    /** The interfaces a class and its bases declare, as resolved types (names no type has are left out). */
    public static PSType[] getInterfaces(PSType t) {
        List<PSType> out = new ArrayList<>();
        for (ScriptClass c = classOf(t); c != null; c = c.base()) {
            for (PSType i : c.interfaceTypes()) {
                if (!out.contains(i)) {
                    out.add(i);
                }
            }
        }
        return out.toArray(new PSType[0]);
    }

    /** Type.GetInterface(name): by full or simple name, or null. */
    public static PSType getInterface(PSType t, String name) {
        for (PSType i : getInterfaces(t)) {
            if (i.getFullName().equals(name) || i.getName().equals(name)) {
                return i;
            }
        }
        return null;
    }

    public static Object[] getCustomAttributes(PSType t) {
        ScriptClass c = classOf(t);
        return c == null ? new Object[0] : AttributeObjects.build(c.definition().attributes(), c.scope()).toArray();
    }

    /** Type.GetProperty(name): a public (not hidden) property of the class or a base, or null. */
    public static ClassMemberInfo.Property getProperty(PSType t, String name) {
        for (ScriptClass c = classOf(t); c != null; c = c.base()) {
            for (PropertyDef p : c.definition().properties()) {
                if (p.name().equals(name) && !p.hidden()) {
                    return new ClassMemberInfo.Property(p.name(), c.type(), c.propertyType(p), p.attributes(), c.scope());
                }
            }
        }
        return null;
    }

    /** Type.GetMethod(name): the one public (not hidden) method of that name, or null. */
    public static ClassMemberInfo.Method getMethod(PSType t, String name) {
        for (ScriptClass c = classOf(t); c != null; c = c.base()) {
            for (MethodDef m : c.definition().methods()) {
                if (m.name().equals(name) && !m.constructor() && !m.hidden()) {
                    PSType returns = m.returnType() == null ? null : TypeDefiner.resolve(c.scope(), m.returnType());
                    return new ClassMemberInfo.Method(m.name(), c.type(), returns, m.attributes(), c.scope());
                }
            }
        }
        return null;
    }

    /** Whether a value is an instance of a script class that declares the interface (by its full name). */
    public static boolean declares(Object value, String interfaceFullName) {
        if (!(value instanceof ClassInstance ci)) {
            return false;
        }
        for (PSType i : getInterfaces(ci.psType())) {
            if (i.getFullName().equalsIgnoreCase(interfaceFullName)) {
                return true;
            }
        }
        return false;
    }

    /** The dynamic assembly of a script class (its script file's), or null for other types. */
    public static ClassAssembly assemblyOf(PSType t) {
        ScriptClass c = classOf(t);
        if (c == null) {
            return null;
        }
        String file = c.definition().position() == null ? null : c.definition().position().file();
        return ClassAssembly.forScript(file);
    }
}

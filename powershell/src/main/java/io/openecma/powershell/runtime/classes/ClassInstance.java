package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.TypeDefinitionAst;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.ScriptDefinedValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An object of a script-defined class: its property values, and its class for methods. */
public final class ClassInstance implements ScriptDefinedValue {

    private final ScriptClass type;
    /** Property values by lower-cased name, in declaration order (base class first). */
    final Map<String, Object> values = new LinkedHashMap<>();

    ClassInstance(ScriptClass type) {
        this.type = type;
    }

    public ScriptClass scriptClass() {
        return type;
    }

    @Override
    public PSType psType() {
        return type.type();
    }

    /** ToString(): the class's own override, else the type name as .NET's Object.ToString gives it. */
    @Override
    public String displayString() {
        if (type.findMethods("ToString", false).stream().anyMatch(m -> m.parameters().isEmpty())) {
            return LanguagePrimitives.toStringValue(type.invoke(this, "ToString", List.of(), null));
        }
        return type.type().fullName();
    }

    /** The visible (not hidden) properties and their values, derived class's first (reflection order). */
    @Override
    public Object jsonView() {
        Map<String, Object> view = new LinkedHashMap<>();
        for (TypeDefinitionAst.PropertyDef p : type.reflectionOrderProperties()) {
            if (!p.hidden()) {
                view.put(p.name(), values.get(key(p.name())));
            }
        }
        return view;
    }

    @Override
    public List<String> hiddenPropertyNames() {
        return type.reflectionOrderProperties().stream().filter(TypeDefinitionAst.PropertyDef::hidden)
                .map(TypeDefinitionAst.PropertyDef::name).toList();
    }

    static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Object getMember(String name) {
        if (type.hasNonPublicMembers() && type.isNonPublicProperty(name) && !NonPublicMembers.insideRelatedClass(type)) {
            return Members.MISSING;
        }
        String k = key(name);
        if (values.containsKey(k)) {
            return values.get(k);
        }
        Object s = type.getStatic(name);
        return s;
    }

    @Override
    public boolean setMember(String name, Object value) {
        if (type.hasNonPublicMembers() && type.isNonPublicProperty(name) && !NonPublicMembers.insideRelatedClass(type)) {
            return false;
        }
        TypeDefinitionAst.PropertyDef p = type.findProperty(name, false);
        if (p == null) {
            return type.setStatic(name, value);
        }
        values.put(key(p.name()), type.convertForAssignment(p, value));
        return true;
    }

    @Override
    public Object invokeMember(String name, List<Object> args) {
        if (type.findMethods(name, false).isEmpty()) {
            if (name.equalsIgnoreCase("MemberwiseClone") && args.isEmpty() && calledInsideRelatedClass()) {
                return memberwiseClone();
            }
            return Members.MISSING;
        }
        if (type.hasNonPublicMembers() && type.findMethods(name, false).stream().allMatch(type::isNonPublic)
                && !NonPublicMembers.insideRelatedClass(type)) {
            return Members.MISSING;
        }
        return type.invoke(this, name, args, null);
    }

    /**
     * Object.MemberwiseClone is protected: a method of this object's class (or of a class it derives
     * from or that derives from it) may call it (inheritance tests "can call protected internal .NET
     * method Object.MemberwiseClone()"); elsewhere it is no method.
     */
    private boolean calledInsideRelatedClass() {
        return NonPublicMembers.insideRelatedClass(type);
    }

    /** A shallow copy: the same class, the same property values. */
    private ClassInstance memberwiseClone() {
        ClassInstance copy = new ClassInstance(type);
        copy.values.putAll(values);
        return copy;
    }

    /** IEquatable/Equals override: a class's own Equals decides -eq; otherwise identity. */
    @Override
    public Boolean equalsValue(Object other) {
        if (type.findMethods("Equals", false).stream().anyMatch(m -> m.parameters().size() == 1)) {
            return LanguagePrimitives.isTrue(type.invoke(this, "Equals", java.util.Collections.singletonList(other), null));
        }
        return this == LanguagePrimitives.base(other);
    }

    /** IComparable: a class's CompareTo orders it for -lt/-gt and Sort-Object. */
    @Override
    public Integer compareValue(Object other) {
        if (type.findMethods("CompareTo", false).stream().anyMatch(m -> m.parameters().size() == 1)) {
            return LanguagePrimitives.toNumber(type.invoke(this, "CompareTo", java.util.Collections.singletonList(other), null)).intValue();
        }
        return null;
    }

    @Override
    public String toString() {
        return displayString();
    }
}

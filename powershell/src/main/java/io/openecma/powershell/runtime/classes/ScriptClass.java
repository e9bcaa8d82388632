package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.TypeDefinitionAst;
import io.openecma.powershell.ast.TypeDefinitionAst.MethodDef;
import io.openecma.powershell.ast.TypeDefinitionAst.PropertyDef;
import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.runtime.AutomationNull;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.ScriptTypeBehavior;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code class} a script defined: properties (typed, with initializers, static, hidden),
 * methods and constructors run as script in a scope below the one the class was defined in,
 * single inheritance from another script class, and interfaces by name.
 */
public final class ScriptClass implements ScriptTypeBehavior {

    private final TypeDefinitionAst.ClassDef definition;
    private final Scope scope;
    private final PSType type;
    private ScriptClass base;
    private boolean baseResolved;
    private final List<String> interfaces = new ArrayList<>();
    private final Map<String, PSType> propertyTypes = new HashMap<>();
    private Map<String, Object> statics;

    ScriptClass(TypeDefinitionAst.ClassDef definition, Scope scope) {
        this.definition = definition;
        this.scope = scope;
        this.type = PSType.scriptDefined(definition.name(), ClassInstance.class, this);
    }

    public PSType type() {
        return type;
    }

    TypeDefinitionAst.ClassDef definition() {
        return definition;
    }

    /** The base class when it is a script class (a .NET base or interface is only recorded by name). */
    public ScriptClass base() {
        if (!baseResolved) {
            baseResolved = true;
            for (int i = 0; i < definition.bases().size(); i++) {
                TypeName n = definition.bases().get(i);
                PSType t = TypeDefiner.inScope(scope, () -> TypeDefiner.interpreter().context().types().resolve(n));
                if (i == 0 && t != null && t.scriptType() instanceof ScriptClass c) {
                    base = c;
                } else {
                    interfaces.add(t != null ? t.fullName() : n.toString());
                }
            }
        }
        return base;
    }

    /** The interfaces (and a .NET base) this class itself declares that resolve to a type. */
    List<PSType> interfaceTypes() {
        base();
        List<PSType> out = new ArrayList<>();
        for (int i = 0; i < definition.bases().size(); i++) {
            TypeName n = definition.bases().get(i);
            PSType t = TypeDefiner.inScope(scope, () -> TypeDefiner.interpreter().context().types().resolve(n));
            // Only interfaces are listed; a .NET base class is first, and .NET names interfaces I<Name>.
            if (t != null && t.scriptType() == null && (i > 0 || t.getName().matches("I[A-Z].*"))) {
                out.add(t);
            }
        }
        return out;
    }

    public boolean isSubclassOf(ScriptClass other) {
        for (ScriptClass c = this; c != null; c = c.base()) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** Whether the class or a base declares the interface or .NET base ({@code IComparable}, {@code System.IDisposable}). */
    public boolean implementsName(String name) {
        for (ScriptClass c = this; c != null; c = c.base()) {
            c.base();
            for (String i : c.interfaces) {
                if (i.equalsIgnoreCase(name) || i.equalsIgnoreCase("System." + name) || ("System." + i).equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- properties

    List<PropertyDef> instanceProperties() {
        List<PropertyDef> list = new ArrayList<>();
        ScriptClass b = base();
        if (b != null) {
            list.addAll(b.instanceProperties());
        }
        for (PropertyDef p : definition.properties()) {
            if (!p.isStatic()) {
                list.removeIf(x -> x.name().equalsIgnoreCase(p.name()));
                list.add(p);
            }
        }
        return list;
    }

    /**
     * The instance properties in the order .NET reflection lists them (Type.GetProperties, which
     * ConvertTo-Json walks): the class's own first, then each base class's, most derived first.
     */
    List<PropertyDef> reflectionOrderProperties() {
        List<PropertyDef> list = new ArrayList<>();
        for (ScriptClass c = this; c != null; c = c.base()) {
            for (PropertyDef p : c.definition.properties()) {
                if (!p.isStatic() && list.stream().noneMatch(x -> x.name().equalsIgnoreCase(p.name()))) {
                    list.add(p);
                }
            }
        }
        return list;
    }

    PropertyDef findProperty(String name, boolean isStatic) {
        for (ScriptClass c = this; c != null; c = c.base()) {
            for (PropertyDef p : c.definition.properties()) {
                if (p.isStatic() == isStatic && p.name().equalsIgnoreCase(name)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Whether this class or a base was translated from C# (and so may have non-public members). */
    boolean hasNonPublicMembers() {
        if (nonPublic == null) {
            boolean any = false;
            for (ScriptClass c = this; c != null; c = c.base()) {
                any |= NonPublicMembers.isTranslated(c);
            }
            nonPublic = any;
        }
        return nonPublic;
    }

    private Boolean nonPublic;

    /** An instance property that is a non-public member of a class translated from C#. */
    boolean isNonPublicProperty(String name) {
        PropertyDef p = findProperty(name, false);
        return p != null && p.hidden() && NonPublicMembers.isTranslated(ownerOf(p));
    }

    /** A method that is a non-public member of a class translated from C#. */
    boolean isNonPublic(MethodDef m) {
        return m.hidden() && NonPublicMembers.isTranslated(declaringClass(m));
    }

    private ScriptClass ownerOf(PropertyDef p) {
        for (ScriptClass c = this; c != null; c = c.base()) {
            if (c.definition.properties().contains(p)) {
                return c;
            }
        }
        return this;
    }

    /** The declared type of a property (null when untyped). */
    PSType propertyType(PropertyDef p) {
        if (p.type() == null) {
            return null;
        }
        ScriptClass owner = ownerOf(p);
        return owner.propertyTypes.computeIfAbsent(ClassInstance.key(p.name()), k -> TypeDefiner.resolve(owner.scope, p.type()));
    }

    Object convertForProperty(PropertyDef p, Object value) {
        PSType t = propertyType(p);
        Object v = LanguagePrimitives.unwrapNull(value);
        Object converted = t == null || t.isInstance(v) ? v : t.convert(v);
        PropertyValidation.check(p.name(), p.attributes(), converted, TypeDefiner.interpreter());
        return converted;
    }

    /**
     * A property assignment from script ({@code $o.p = v}, {@code [C]::p = v}): a value that does not
     * convert is the setter's error, "Exception setting" (ExceptionWhenSetting, MiscOps.cs); an
     * initializer converts without the setter (its cast error stays as it is).
     */
    Object convertForAssignment(PropertyDef p, Object value) {
        try {
            return convertForProperty(p, value);
        } catch (PSRuntimeException e) {
            if ("ExceptionWhenSetting".equals(e.errorId())) {
                throw e;
            }
            throw new PSRuntimeException("System.Management.Automation.SetValueInvocationException",
                    "Exception setting \"" + p.name() + "\": \"" + e.getMessage() + "\"", e)
                    .withError("ExceptionWhenSetting", "NotSpecified", null);
        }
    }

    private Object defaultValue(PropertyDef p) {
        PSType t = propertyType(p);
        if (t == null) {
            return null;
        }
        if (t.scriptType() instanceof ScriptEnum e) {
            return e.of(0);
        }
        if (t.scriptType() != null) {
            return null;
        }
        try {
            return t.convert(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Object initialValue(PropertyDef p, ClassInstance self) {
        if (p.initializer() == null) {
            return defaultValue(p);
        }
        ScriptClass owner = ownerOf(p);
        Interpreter in = TypeDefiner.interpreter();
        Scope s = new Scope(owner.scope, owner.scope.module(), false);
        if (self != null) {
            s.set("this", self);
        }
        // An error in the initializer is reported at the initializer's line (its InvocationInfo), not the caller's.
        io.openecma.powershell.ast.Position saved = in.position();
        in.restorePosition(p.initializer().position());
        try {
            Object v = TypeDefiner.inScope(s, () -> in.eval(p.initializer()));
            return convertForProperty(p, v);
        } catch (PSRuntimeException e) {
            throw e.errorRecord() != null ? e : e.withErrorRecord(in.errorRecord(e));
        } finally {
            in.restorePosition(saved);
        }
    }

    // ---------------------------------------------------------------- statics

    private Map<String, Object> statics() {
        if (staticsFailure != null) {
            throw staticsFailure;
        }
        if (statics == null) {
            statics = new LinkedHashMap<>();
            try {
                for (PropertyDef p : definition.properties()) {
                    if (p.isStatic()) {
                        statics.put(ClassInstance.key(p.name()), initialValue(p, null));
                    }
                }
                for (MethodDef m : definition.methods()) {
                    if (m.constructor() && m.isStatic()) {
                        MethodCall.run(this, m, null, List.of());
                    }
                }
            } catch (PSRuntimeException e) {
                // .NET runs static initializers in the type initializer: a failure is a TypeInitializationException,
                // thrown again on each later use of the type (Scripting.Classes.Exceptions "Exception from initializer").
                staticsFailure = TypeInitializerFailure.of(definition.name(), e);
                throw staticsFailure;
            }
        }
        return statics;
    }

    /** The error the static initializers ended with; the type's statics cannot be used after it. */
    private PSRuntimeException staticsFailure;

    @Override
    public Object getStatic(String name) {
        for (ScriptClass c = this; c != null; c = c.base()) {
            PropertyDef p = c.findOwnStatic(name);
            if (p != null) {
                return c.statics().get(ClassInstance.key(p.name()));
            }
        }
        return Members.MISSING;
    }

    private PropertyDef findOwnStatic(String name) {
        for (PropertyDef p : definition.properties()) {
            if (p.isStatic() && p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    @Override
    public boolean setStatic(String name, Object value) {
        for (ScriptClass c = this; c != null; c = c.base()) {
            PropertyDef p = c.findOwnStatic(name);
            if (p != null) {
                Map<String, Object> values = c.statics();
                values.put(ClassInstance.key(p.name()), c.convertForAssignment(p, value));
                return true;
            }
        }
        return false;
    }

    @Override
    public Object invokeStatic(String name, List<Object> args) {
        if (findMethods(name, true).isEmpty()) {
            return Members.MISSING;
        }
        statics();
        return invoke(null, name, args, null);
    }

    // ---------------------------------------------------------------- methods

    /** Methods of that name visible on this class: its own, then inherited ones it does not override. */
    List<MethodDef> findMethods(String name, boolean isStatic) {
        List<MethodDef> list = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        for (ScriptClass c = this; c != null; c = c.base()) {
            for (MethodDef m : c.definition.methods()) {
                if (!m.constructor() && m.isStatic() == isStatic && m.name().equalsIgnoreCase(name)) {
                    String sig = signature(m);
                    if (!signatures.contains(sig)) {
                        signatures.add(sig);
                        list.add(m);
                    }
                }
            }
        }
        return list;
    }

    private static String signature(MethodDef m) {
        StringBuilder sb = new StringBuilder();
        for (Parameter p : m.parameters()) {
            sb.append(p.attributes().isEmpty() ? "object" : p.attributes().get(0).typeName().toString().toLowerCase(Locale.ROOT))
                    .append(',');
        }
        return sb.toString();
    }

    /**
     * Calls a method by name: overloads by argument count, then by how well the arguments fit.
     * {@code from} starts the lookup at a base class (a base call); null for a virtual call.
     */
    Object invoke(ClassInstance self, String name, List<Object> args, ScriptClass from) {
        ScriptClass start = from != null ? from : self != null ? self.scriptClass() : this;
        List<MethodDef> candidates = start.findMethods(name, self == null);
        MethodDef m = MethodCall.select(candidates, args, name, start);
        return MethodCall.run(start.declaringClass(m), m, self, args);
    }

    ScriptClass declaringClass(MethodDef m) {
        for (ScriptClass c = this; c != null; c = c.base()) {
            if (c.definition.methods().contains(m)) {
                return c;
            }
        }
        return this;
    }

    Scope scope() {
        return scope;
    }

    // ---------------------------------------------------------------- construction and conversion

    @Override
    public boolean isInstance(Object value) {
        return LanguagePrimitives.base(value) instanceof ClassInstance i && i.scriptClass().isSubclassOf(this);
    }

    @Override
    public Object construct(List<Object> args) {
        if (NonPublicMembers.isTranslated(this) && !constructors().isEmpty() && constructors().stream().allMatch(MethodDef::hidden)
                && !NonPublicMembers.insideRelatedClass(this)) {
            throw MethodCall.noOverload("new", args.size()); // only protected/private constructors: none callable here
        }
        statics();
        ClassInstance self = new ClassInstance(this);
        for (PropertyDef p : instanceProperties()) {
            self.values.put(ClassInstance.key(p.name()), null);
        }
        initializeProperties(self);
        runConstructor(self, args);
        return self;
    }

    /** Property initializers, base class first. */
    private void initializeProperties(ClassInstance self) {
        ScriptClass b = base();
        if (b != null) {
            b.initializeProperties(self);
        }
        for (PropertyDef p : definition.properties()) {
            if (!p.isStatic()) {
                self.values.put(ClassInstance.key(p.name()), initialValue(p, self));
            }
        }
    }

    private boolean hasParameterlessConstructor() {
        List<MethodDef> ctors = constructors();
        return ctors.isEmpty() || ctors.stream().anyMatch(m -> m.parameters().isEmpty());
    }

    private List<MethodDef> constructors() {
        return definition.methods().stream().filter(m -> m.constructor() && !m.isStatic()).toList();
    }

    /** Runs this class's constructor for the arguments, after its base constructor (chained with : base(...)). */
    void runConstructor(ClassInstance self, List<Object> args) {
        List<MethodDef> ctors = constructors();
        if (ctors.isEmpty()) {
            if (!args.isEmpty()) {
                throw MethodCall.noOverload("new", args.size());
            }
            if (base() != null) {
                base().runConstructor(self, List.of());
            }
            return;
        }
        MethodDef ctor = MethodCall.select(ctors, args, "new", this);
        MethodCall.runConstructor(this, ctor, self, args);
    }

    @Override
    public Object convert(Object value) {
        Object v = LanguagePrimitives.unwrapNull(value);
        if (v == null) {
            return null;
        }
        if (isInstance(v)) {
            return LanguagePrimitives.base(v);
        }
        if (LanguagePrimitives.base(v) instanceof Map<?, ?> map) {
            return fromHashtable(map);
        }
        if (v instanceof io.openecma.powershell.runtime.PSObject o && o.isCustomObject() && hasParameterlessConstructor()) {
            // A property bag (a PSCustomObject, a deserialized object) converts through the parameterless
            // constructor and its properties (LanguagePrimitives.FigurePropertyConversion / ConvertViaNoArgumentConstructor).
            Map<String, Object> properties = new LinkedHashMap<>();
            o.properties().forEach(p -> properties.put(p.name(), p.value()));
            return fromHashtable(properties);
        }
        try {
            List<MethodDef> oneArg = constructors().stream().filter(m -> m.parameters().size() == 1).toList();
            if (!oneArg.isEmpty()) {
                return construct(List.of(v));
            }
        } catch (PSRuntimeException e) {
            throw LanguagePrimitives.cannotConvert(v, type.fullName(), e.getMessage());
        }
        throw LanguagePrimitives.cannotConvert(v, type.fullName(), null);
    }

    /** {@code [C]@{ A = 1 }}: the default constructor, then each key set as a property. */
    private Object fromHashtable(Map<?, ?> map) {
        ClassInstance self = (ClassInstance) construct(List.of());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = LanguagePrimitives.toStringValue(e.getKey());
            if (findProperty(name, false) == null) {
                StringBuilder available = new StringBuilder();
                for (PropertyDef p : instanceProperties()) {
                    PSType t = propertyType(p);
                    available.append(available.length() == 0 ? "" : " , ").append('[').append(p.name()).append(" <")
                            .append(t == null ? "System.Object" : t.fullName()).append(">]");
                }
                throw new PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                        "Cannot create object of type \"" + type.fullName() + "\". The " + name
                                + " property was not found for the " + type.fullName() + " object. The available property is: "
                                + available);
            }
            self.setMember(name, e.getValue());
        }
        return self;
    }

    static Object voidResult() {
        return AutomationNull.VALUE;
    }

    static List<Expression> none() {
        return List.of();
    }
}

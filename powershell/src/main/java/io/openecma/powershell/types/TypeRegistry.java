package io.openecma.powershell.types;

import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.InvocationInfo;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.runtime.SwitchParameter;
import io.openecma.powershell.types.facades.*;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The only door from scripts to Java: every type a script can name, construct, cast to or call
 * statics on is registered here, with accelerators ({@code [int]}, {@code [hashtable]}, ...) and
 * the {@code System.} prefix optional as in PowerShell. Names are case-insensitive.
 */
public final class TypeRegistry {

    /** .NET names of Java classes, shared so error messages can name any registered value's type. */
    private static final Map<Class<?>, String> NAMES = new ConcurrentHashMap<>();
    /** Classes some engine registered with reflection (hosts' types), for formatting outside a run. */
    private static final java.util.Set<Class<?>> REFLECTED = ConcurrentHashMap.newKeySet();

    private final Map<String, PSType> byName = new HashMap<>();
    private final Map<String, Function<List<PSType>, PSType>> generics = new HashMap<>();
    private final Map<Class<?>, PSType> byClass = new HashMap<>();
    private final Map<String, String> exceptionParents = new HashMap<>();
    private Function<String, PSType> scriptTypes;
    private final RegistryMemo memo = new RegistryMemo();
    /** The uncached lookups, made once rather than as a new method reference per question. */
    private final Function<TypeName, PSType> resolveNow = this::resolveNow;
    private final Function<Class<?>, PSType> classTypeNow = this::classTypeNow;
    private final Function<Class<?>, Boolean> isExposedNow = this::isExposedNow;
    private final Function<PSType, PSType> listTypeNow = this::listType;

    public TypeRegistry() {
        registerBuiltIns();
        io.openecma.powershell.types.language.LanguageTypes.registerIn(this);
        io.openecma.powershell.runtime.trace.TraceTypes.registerIn(this);
        io.openecma.powershell.cmdlets.data.classes.XmlCommandClasses.registerIn(this);
    }

    // ---------------------------------------------------------------- registration

    PSType add(String fullName, Class<?> cls, Class<?> statics, Class<?> ext, boolean reflect,
                       Predicate<Object> test, Function<Object, Object> conv, Function<List<Object>, Object> ctor,
                       String... aliases) {
        PSType t = new PSType(fullName, cls, List.of(), statics, ext, reflect, test, conv, ctor);
        memo.clear();
        byName.put(fold(fullName), t);
        for (String a : aliases) {
            byName.put(fold(a), t);
        }
        // a class whose closed generic instances are typed by their definition (typeOf) still belongs to its
        // non-generic registration, even when a test keeps the generic instances out of it
        boolean owner = test == null || cls != null && ClosedGenericValue.class.isAssignableFrom(cls);
        if (cls != null && !byClass.containsKey(cls) && owner) {
            byClass.put(cls, t);
            NAMES.putIfAbsent(cls, fullName);
        }
        return t;
    }

    /**
     * Exposes a Java class under a .NET name: public constructors, static methods and fields as
     * statics, getters/setters, fields and methods as instance members; enums by constant name.
     */
    public PSType register(String fullName, Class<?> javaClass, String... aliases) {
        PSType t = new PSType(fullName, javaClass, List.of(), javaClass, null, true, null, null, null);
        memo.clear();
        byName.put(fold(fullName), t);
        for (String a : aliases) {
            byName.put(fold(a), t);
        }
        byClass.put(javaClass, t);
        NAMES.put(javaClass, fullName);
        REFLECTED.add(javaClass);
        if (Throwable.class.isAssignableFrom(javaClass)) {
            exceptionParents.putIfAbsent(fold(fullName), "system.exception");
        }
        return t;
    }

    /** As {@link #register}, with the conversion casts and typed parameters use ({@code [xml]'<a/>'}). */
    public PSType registerConvertible(String fullName, Class<?> javaClass, Function<Object, Object> converter, String... aliases) {
        PSType t = new PSType(fullName, javaClass, List.of(), javaClass, null, true, null, converter, null);
        memo.clear();
        byName.put(fold(fullName), t);
        for (String a : aliases) {
            byName.put(fold(a), t);
        }
        byClass.put(javaClass, t);
        NAMES.put(javaClass, fullName);
        return t;
    }

    private static String fold(String s) {
        return LanguagePrimitives.fold(s);
    }

    // ---------------------------------------------------------------- lookup

    /** Resolves a written type name; null when no such type is registered. */
    public PSType resolve(TypeName name) {
        return memo.resolved(name, resolveNow);
    }

    private PSType resolveNow(TypeName name) {
        if (name.isArray()) {
            PSType element = resolve(name.elementType());
            return element == null ? null : arrayOf(element);
        }
        if (name.isGeneric()) {
            Function<List<PSType>, PSType> def = lookupGeneric(name.name(), name.genericArguments().size());
            if (def == null && memo.scriptTypesDefined()) {
                // TypeResolver: a generic name not found as written is tried under each 'using namespace'.
                for (String ns : usingNamespaces.get()) {
                    def = lookupGeneric(ns + "." + name.name(), name.genericArguments().size());
                    if (def != null) {
                        break;
                    }
                }
            }
            if (def == null) {
                return null;
            }
            List<PSType> args = new ArrayList<>();
            for (TypeName a : name.genericArguments()) {
                PSType r = resolve(a);
                if (r == null) {
                    return null;
                }
                args.add(r);
            }
            return def.apply(args);
        }
        return lookup(name.name());
    }

    /** The 'using namespace' namespaces in force where a name is resolved; set by the engine. */
    public void setUsingNamespaces(java.util.function.Supplier<List<String>> source) {
        usingNamespaces = source;
    }

    private java.util.function.Supplier<List<String>> usingNamespaces = List::of;

    /** Looks up the classes and enums the running script defined (scoped); set by the engine. */
    public void setScriptTypeResolver(Function<String, PSType> resolver) {
        scriptTypes = resolver;
    }

    /** A script defined a class or enum: from now on a name may mean it, so names are resolved afresh each time. */
    public void scriptTypeDefined() {
        memo.scriptTypeDefined();
    }

    public PSType lookup(String name) {
        // Until a script defines a class or enum there is none to find (and looking walks every scope).
        PSType scripted = scriptTypes == null || !memo.scriptTypesDefined() ? null : scriptTypes.apply(name.trim());
        if (scripted != null) {
            return scripted;
        }
        String f = fold(name.trim());
        PSType t = byName.get(f);
        if (t == null) {
            t = byName.get("system." + f);
        }
        return t != null ? t : GenericTypes.openDefinition(this, name.trim());
    }

    private final Map<String, PSType> userAccelerators = new java.util.LinkedHashMap<>();
    /** What a user accelerator's name meant before it was added (null: nothing). */
    private final Map<String, PSType> shadowed = new java.util.HashMap<>();

    /** TypeAccelerators.Add: {@code [name]} resolves to {@code type} from now on. */
    public void addAccelerator(String name, PSType type) {
        String f = fold(name.trim());
        if (!shadowed.containsKey(f)) {
            shadowed.put(f, byName.get(f));
        }
        userAccelerators.put(name.trim(), type);
        byName.put(f, type);
        memo.clear();
    }

    /** TypeAccelerators.Remove: a name a script added no longer resolves (a built-in name is left alone). */
    public void removeAccelerator(String name) {
        String f = fold(name.trim());
        userAccelerators.keySet().removeIf(k -> fold(k).equals(f));
        if (shadowed.containsKey(f)) {
            PSType before = shadowed.remove(f);
            if (before == null) {
                byName.remove(f);
            } else {
                byName.put(f, before);
            }
            memo.clear();
        }
    }

    /** The accelerators scripts added, by name as given. */
    public Map<String, PSType> userAccelerators() {
        return java.util.Collections.unmodifiableMap(userAccelerators);
    }

    /** Declares a generic type definition, e.g. {@code system.collections.generic.queue`1}. */
    void defineGeneric(String foldedNameWithArity, Function<List<PSType>, PSType> closer) {
        memo.clear();
        generics.put(foldedNameWithArity, closer);
    }

    Function<List<PSType>, PSType> lookupGeneric(String name, int arity) {
        String base = name.matches("(?s).*`[0-9]+") ? name.substring(0, name.lastIndexOf('`')) : name;
        if (!base.equals(name) && !name.endsWith("`" + arity)) {
            return null;
        }
        String f = fold(base) + "`" + arity;
        Function<List<PSType>, PSType> d = generics.get(f);
        return d != null ? d : generics.get("system." + f);
    }

    public PSType arrayOf(PSType element) {
        Class<?> ec = element.javaClass() == null || element.javaClass().isPrimitive() ? Object.class : element.javaClass();
        if (ec == Object.class || element.fullName().equals("System.Object")) {
            return lookup("System.Object[]");
        }
        Class<?> arrayClass = Array.newInstance(ec, 0).getClass();
        String name = element.fullName() + "[]";
        return new PSType(name, arrayClass, List.of(), null, ArrayMembers.class, false,
                // .NET has one byte[]; host methods may hand out Java's primitive one.
                v -> arrayClass.isInstance(v) || ec == Byte.class && v instanceof byte[],
                v -> {
                    if (LanguagePrimitives.unwrapNull(v) == null) {
                        return null; // an array is a reference type: [int[]]$null is $null, not @(0)
                    }
                    List<Object> items = LanguagePrimitives.toList(v);
                    if (LanguagePrimitives.base(v) instanceof String s && ec == Character.class) {
                        items = new ArrayList<>();
                        for (char ch : s.toCharArray()) {
                            items.add(ch);
                        }
                    }
                    Object array = Array.newInstance(ec, items.size());
                    for (int i = 0; i < items.size(); i++) {
                        Array.set(array, i, element.convert(items.get(i)));
                    }
                    return array;
                }, args -> newArray(ec, element, args));
    }

    /** {@code New-Object byte[] 4} / {@code [byte[]]::new(4)}: an array of that length holding the element's default. */
    private static Object newArray(Class<?> ec, PSType element, List<Object> args) {
        if (args.size() != 1) {
            throw new PSRuntimeException("System.Management.Automation.MethodException",
                    "Cannot find an overload for \"new\" and the argument count: \"" + args.size() + "\".")
                    .withError("MethodCountCouldNotFindBest", "NotSpecified", null);
        }
        int n = LanguagePrimitives.toNumber(LanguagePrimitives.base(args.get(0))).intValue();
        if (n < 0) {
            throw new PSRuntimeException("System.OverflowException", "Arithmetic operation resulted in an overflow.");
        }
        Object array = Array.newInstance(ec, n);
        Object zero = ec == String.class || !Number.class.isAssignableFrom(ec) && ec != Boolean.class && ec != Character.class
                ? null : element.convert(0);
        for (int i = 0; i < n && zero != null; i++) {
            Array.set(array, i, zero);
        }
        return array;
    }

    /**
     * The type a value reports to scripts ({@code GetType()}): its {@link #typeOf} type, except that
     * a {@link HostList} says it is a List[T] (its members still come from its own class).
     */
    public PSType reportedTypeOf(Object value) {
        PSType element = value instanceof HostList h ? byClass.get(h.elementClass()) : null;
        return element != null ? listType(element) : typeOf(value);
    }

    /** The registered type of a value: the one its members are looked up in. */
    public PSType typeOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof PSObject o && o.isCustomObject()) {
            return byName.get("system.management.automation.pscustomobject");
        }
        if (value instanceof ScriptDefinedValue v) {
            return v.psType();
        }
        if (value instanceof DelegateValue d) {
            return d.delegateType();
        }
        if (value instanceof PSRuntimeException e) {
            PSType t = lookup(e.typeName());
            if (t != null) {
                return t;
            }
            return lookup("System.Exception");
        }
        if (value instanceof DotNetList l) {
            return l.elementType() == null ? lookup("System.Collections.ArrayList") : memo.listType(l.elementType(), listTypeNow);
        }
        if (value instanceof DotNetDictionary d) {
            return dictionaryType(d.keyType(), d.valueType());
        }
        if (value instanceof DotNetHashSet s) {
            return hashSetType(s.elementType());
        }
        if (value instanceof ClosedGenericValue g && g.genericDefinition() != null) {
            return lookupGeneric(g.genericDefinition(), g.genericArguments().size()).apply(g.genericArguments());
        }
        if (value instanceof PSHashtable h) {
            return lookup(h.typeName());
        }
        return memo.classType(value.getClass(), classTypeNow);
    }

    /**
     * The type an instance of a class (other than the engine's own values above) is looked up in:
     * an array type, else its own, a superclass's or an extended interface's.
     */
    private PSType classTypeNow(Class<?> c) {
        if (c == byte[].class) {
            return arrayOf(lookup("System.Byte"));
        }
        if (c.isArray()) {
            if (c == Object[].class || c.getComponentType().isPrimitive()) {
                return lookup("System.Object[]");
            }
            PSType element = byClass.get(c.getComponentType());
            return element == null ? lookup("System.Object[]") : arrayOf(element);
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            PSType t = byClass.get(k);
            if (t != null) {
                return t;
            }
            for (Class<?> i : k.getInterfaces()) {
                PSType it = byClass.get(i);
                if (it != null && it.extensions() != null) {
                    return it;
                }
            }
        }
        if (Enum.class.isAssignableFrom(c)) {
            // A constant with a body is an anonymous subclass: the enum is its declaring class.
            Class<?> e = c.isEnum() ? c : c.getSuperclass();
            return byClass.get(e);
        }
        return null;
    }

    public static String typeNameOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof PSHashtable h) {
            return h.typeName();
        }
        if (value instanceof ScriptDefinedValue v) {
            return v.psType().fullName();
        }
        if (value instanceof FlagsValue f && f.enumType() != FileAttributes.class && NAMES.containsKey(f.enumType())) {
            return NAMES.get(f.enumType());
        }
        if (value instanceof PSRuntimeException e) {
            return e.typeName();
        }
        if (value instanceof PSObject o && o.isCustomObject()) {
            return "System.Management.Automation.PSCustomObject";
        }
        if (value instanceof DotNetDictionary d) {
            return "System.Collections.Generic.Dictionary`2[[" + d.keyType().fullName() + "],[" + d.valueType().fullName() + "]]";
        }
        if (value instanceof DotNetList l) {
            return l.elementType() == null ? "System.Collections.ArrayList"
                    : "System.Collections.Generic.List`1[[" + l.elementType().fullName() + "]]";
        }
        if (value instanceof HostList h) {
            return "System.Collections.Generic.List`1[[" + typeNameOfClass(h.elementClass()) + "]]";
        }
        if (value instanceof ClosedGenericValue g && g.genericDefinition() != null) {
            return g.genericDefinition() + g.genericArguments().stream().map(a -> "[" + a.fullName() + "]")
                    .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        }
        return typeNameOfClass(value.getClass());
    }

    public static String typeNameOfClass(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            String n = NAMES.get(k);
            if (n != null) {
                return k == c ? n : n;
            }
        }
        if (c.isArray()) {
            return typeNameOfClass(c.getComponentType()) + "[]";
        }
        return "System.Object";
    }

    /** Whether an exception value is of the named exception type (typed catch, -is). */
    public boolean isExceptionOf(Object exception, PSType type) {
        String wanted = fold(type.fullName());
        if (exception instanceof PSRuntimeException e && e.exceptionObject() == e) {
            String n = fold(e.typeName());
            while (n != null) {
                if (n.equals(wanted)) {
                    return true;
                }
                n = exceptionParents.get(n);
                if (n == null && !wanted.equals("system.exception")) {
                    return false;
                }
            }
            return wanted.equals("system.exception") || wanted.equals("system.object");
        }
        Object ex = exception instanceof PSRuntimeException e ? e.exceptionObject() : exception;
        if (type.javaClass() != null && type.javaClass().isInstance(ex)) {
            return true;
        }
        if (!(ex instanceof Throwable)) {
            return false;
        }
        // A registered Java exception: its registered Java superclasses, then the .NET parents declared
        // for the top-most registered one (e.g. ExtensionException -> System.ApplicationException).
        String top = null;
        for (Class<?> c = ex.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            String n = byClass.containsKey(c) ? NAMES.get(c) : null;
            if (n != null) {
                if (fold(n).equals(wanted)) {
                    return true;
                }
                top = fold(n);
            }
        }
        for (String n = top == null ? null : exceptionParents.get(top); n != null; n = exceptionParents.get(n)) {
            if (n.equals(wanted)) {
                return true;
            }
        }
        return wanted.equals("system.exception");
    }

    /**
     * A .NET exception type the engine raises as a {@link PSRuntimeException} of that name: {@code catch [T]}
     * and {@code -is [T]} see it (and its parent), {@code [T]::new(message)} makes one.
     */
    public void registerExceptionType(String name, String parent) {
        if (parent != null) {
            exceptionParents.put(fold(name), fold(parent));
        }
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        PSType t = new PSType(name, PSRuntimeException.class, List.of(), null, ExceptionMembers.class, false,
                v -> isExceptionOf(v, lookup(name)), null,
                args -> newException(name, args));
        byName.put(fold(name), t);
        if (name.startsWith("System.Management.Automation.")) {
            byName.putIfAbsent(fold(shortName), t);
        }
    }

    /** Declares the .NET base class of a registered exception type (the default is System.Exception). */
    public void registerExceptionParent(String dotNetName, String parentDotNetName) {
        exceptionParents.put(fold(dotNetName), fold(parentDotNetName));
    }

    // ---------------------------------------------------------------- generic collection types

    public PSType listType(PSType element) {
        return new PSType("System.Collections.Generic.List[" + element.fullName() + "]", DotNetList.class, List.of(element),
                null, ListMembers.class, false,
                v -> v instanceof DotNetList l && l.elementType() != null && sameType(l.elementType(), element)
                        || v instanceof HostList h && element.fullName().equalsIgnoreCase(typeNameOfClass(h.elementClass())),
                v -> {
                    DotNetList l = new DotNetList(element);
                    LanguagePrimitives.toList(v).forEach(i -> l.add(element.convert(i)));
                    return l;
                },
                args -> {
                    DotNetList l = new DotNetList(element);
                    if (args.size() == 1 && LanguagePrimitives.isEnumerable(args.get(0))) {
                        LanguagePrimitives.toList(args.get(0)).forEach(i -> l.add(element.convert(i)));
                    }
                    return l;
                });
    }

    /** Generic collections are invariant, as in .NET: a List[int] is not a List[object]. */
    private static boolean sameType(PSType a, PSType b) {
        return a.fullName().equalsIgnoreCase(b.fullName());
    }

    public PSType dictionaryType(PSType key, PSType value) {
        return new PSType("System.Collections.Generic.Dictionary[" + key.fullName() + "," + value.fullName() + "]",
                DotNetDictionary.class, List.of(key, value), null, DictionaryMembers.class, false,
                v -> v instanceof DotNetDictionary d && sameType(d.keyType(), key) && sameType(d.valueType(), value), v -> {
            DotNetDictionary d = new DotNetDictionary(key, value);
            if (LanguagePrimitives.base(v) instanceof Map<?, ?> m) {
                m.forEach((k, x) -> d.put(key.convert(k), value.convert(x)));
                return d;
            }
            throw LanguagePrimitives.cannotConvert(v, "System.Collections.Generic.Dictionary", null);
        }, args -> new DotNetDictionary(key, value));
    }

    public PSType hashSetType(PSType element) {
        return new PSType("System.Collections.Generic.HashSet[" + element.fullName() + "]", DotNetHashSet.class,
                List.of(element), null, HashSetMembers.class, false,
                v -> v instanceof DotNetHashSet h && sameType(h.elementType(), element), v -> {
            DotNetHashSet s = new DotNetHashSet(element);
            LanguagePrimitives.toList(v).forEach(i -> s.add(element.convert(i)));
            return s;
        }, args -> {
            DotNetHashSet s = new DotNetHashSet(element);
            if (args.size() >= 1 && LanguagePrimitives.isEnumerable(args.get(0))) {
                LanguagePrimitives.toList(args.get(0)).forEach(i -> s.add(element.convert(i)));
            }
            return s;
        });
    }

    // ---------------------------------------------------------------- built-ins

    private static boolean isList(Object v) {
        Object b = LanguagePrimitives.base(v);
        return b instanceof Object[] || b instanceof List<?>;
    }

    private static Object asList(Object v, String name) {
        Object b = LanguagePrimitives.base(v);
        if (b == null || b instanceof Object[] || b instanceof List<?>) {
            return b;
        }
        if (b instanceof Collection<?> c) {
            return c.toArray();
        }
        return new Object[]{b};
    }

    private void registerBuiltIns() {
        add("System.Object", Object.class, ObjectStatics.class, null, false, v -> true, v -> v, args -> new PSObject(new Object()), "object");
        add("System.String", String.class, StringStatics.class, StringMembers.class, false, null, null, null, "string");
        add("System.Char", Character.class, CharStatics.class, null, false, null, null, null, "char");
        add("System.Int32", Integer.class, IntStatics.class, NumberMembers.class, false, null, null, null, "int", "int32");
        add("System.Int64", Long.class, LongStatics.class, NumberMembers.class, false, null, null, null, "long", "int64");
        add("System.Int16", Short.class, NarrowNumberStatics.Int16.class, NumberMembers.class, false, null, null, null, "short", "int16");
        add("System.Byte", Byte.class, NarrowNumberStatics.Byte.class, NumberMembers.class, false, null, null, null, "byte");
        add("System.Double", Double.class, DoubleStatics.class, NumberMembers.class, false, null, null, null, "double");
        add("System.Single", Float.class, NarrowNumberStatics.Single.class, NumberMembers.class, false, null, null, null, "float", "single");
        add("System.Decimal", BigDecimal.class, NarrowNumberStatics.Decimal.class, NumberMembers.class, false, null, null, null, "decimal");
        add("System.Management.Automation.SwitchParameter", SwitchParameter.class, null, null, true, null, null, null, "switch");
        add("System.Object[]", Object[].class, ArrayStatics.class, ArrayMembers.class, false, v -> v instanceof Object[],
                v -> LanguagePrimitives.toList(v).toArray(), null, "array", "System.Array");
        add("System.Collections.Hashtable", PSHashtable.class, null, HashtableMembers.class, false,
                v -> v instanceof PSHashtable h && !h.isOrdered(), v -> {
                    Object b = LanguagePrimitives.base(v);
                    if (b instanceof PSHashtable h) {
                        return h;
                    }
                    if (b instanceof Map<?, ?> m) {
                        PSHashtable h = new PSHashtable();
                        m.forEach(h::put);
                        return h;
                    }
                    throw LanguagePrimitives.cannotConvert(v, "System.Collections.Hashtable", null);
                }, PSHashtable::constructed, "hashtable");
        add("System.Collections.Specialized.OrderedDictionary", PSHashtable.class, null, HashtableMembers.class, false,
                v -> v instanceof PSHashtable h && h.isOrdered(), null, args -> new PSHashtable(true), "ordered");
        add("System.Management.Automation.PSCustomObject", PSObject.class, null, null, false,
                v -> v instanceof PSObject, v -> {
                    Object b = LanguagePrimitives.unwrapNull(v);
                    if (b instanceof Map<?, ?> m) {
                        return PSObject.customObject(m);
                    }
                    return b instanceof PSObject ? b : new PSObject(b);
                }, args -> new PSObject(), "pscustomobject");
        add("System.Management.Automation.PSObject", PSObject.class, null, null, false, v -> v != null,
                v -> LanguagePrimitives.unwrapNull(v), args -> new PSObject(), "psobject");
        add("System.Management.Automation.ScriptBlock", ScriptBlock.class, ScriptBlockStatics.class, ScriptBlockMembers.class, false, null, null, null, "scriptblock");
        add("System.Type", PSType.class, null, TypeMembers.class, false, null, v -> {
            Object b = LanguagePrimitives.base(v);
            if (b instanceof PSType t) {
                return t;
            }
            String name = LanguagePrimitives.toStringValue(b);
            PSType t = resolve(io.openecma.powershell.parser.TypeNames.parse(name, new io.openecma.powershell.ast.Position("", 0, 0)));
            if (t == null) {
                throw LanguagePrimitives.cannotConvert(b, "System.Type", "Unable to find type [" + name + "].");
            }
            return t;
        }, null, "type");
        add("System.DateTime", DotNetDateTime.class, DateTimeStatics.class, DateTimeMembers.class, false, null, null,
                DateTimeStatics::create, "datetime");
        add("System.Boolean", Boolean.class, BooleanStatics.class, null, false, null, null, null, "bool", "boolean");
        add("System.TimeSpan", Duration.class, TimeSpanStatics.class, TimeSpanMembers.class, false, null, null,
                args -> TimeSpanStatics.create(args), "timespan");
        add("System.Guid", UUID.class, GuidStatics.class, GuidMembers.class, false, null, null,
                args -> args.isEmpty() ? new UUID(0, 0) : UUID.fromString(LanguagePrimitives.toStringValue(args.get(0))), "guid");
        add("System.Text.RegularExpressions.Regex", RegexValue.class, RegexStatics.class, RegexMembers.class, false,
                null, v -> v instanceof RegexValue r ? r : new RegexValue(LanguagePrimitives.toStringValue(v), 0),
                args -> new RegexValue(LanguagePrimitives.toStringValue(args.get(0)),
                        args.size() > 1 ? RegexValue.options(args.get(1)) : 0), "regex");
        add("System.Text.RegularExpressions.Match", RegexValue.MatchValue.class, null, null, true, null, null, null);
        add("System.Text.RegularExpressions.Group", RegexValue.GroupValue.class, null, null, true, null, null, null);
        io.openecma.powershell.xml.XmlTypes.registerInto(this);
        add("System.Collections.IList", List.class, null, null, false, TypeRegistry::isList, v -> asList(v, "IList"), null);
        add("System.Collections.ICollection", Collection.class, null, null, false,
                v -> isList(v) || v instanceof Collection<?> || v instanceof Map<?, ?>, v -> asList(v, "ICollection"), null);
        add("System.Collections.IEnumerable", Iterable.class, null, null, false,
                v -> LanguagePrimitives.isEnumerable(v) || v instanceof Map<?, ?> || v instanceof String, v -> v, null);
        add("System.Collections.IDictionary", Map.class, null, null, false, v -> v instanceof Map<?, ?>, null, null);
        add("System.Collections.ArrayList", DotNetList.class, null, ListMembers.class, false,
                v -> v instanceof DotNetList l && l.elementType() == null, v -> {
                    DotNetList l = new DotNetList(null);
                    l.addAll(LanguagePrimitives.toList(v));
                    return l;
                }, args -> new DotNetList(null));
        add("System.Math", null, MathStatics.class, null, false, v -> false, null, null);
        add("System.Convert", null, ConvertStatics.class, null, false, v -> false, null, null);
        add("System.Environment", null, EnvironmentStatics.class, null, false, v -> false, null, null);
        add("System.IO.Path", null, PathStatics.class, null, false, v -> false, null, null);
        add("System.Text.Encoding", EncodingValue.class, EncodingStatics.class, null, true, null, null, null);
        for (HashAlgorithmValue.Kind kind : HashAlgorithmValue.Kind.values()) {
            String name = "System.Security.Cryptography." + kind.name();
            add(name, HashAlgorithmValue.class, kind.statics(), null, true, null, null, args -> new HashAlgorithmValue(kind));
            add(name + "Managed", HashAlgorithmValue.class, null, null, true, null, null, args -> new HashAlgorithmValue(kind));
        }
        add("System.Text.StringBuilder", StringBuilderValue.class, null, null, true, null, null,
                StringBuilderValue::create);
        add("System.Activator", null, ActivatorStatics.class, null, false, v -> false, null, null);
        add("System.Uri", UriValue.class, UriStatics.class, null, true, null,
                v -> v instanceof UriValue u ? u : new UriValue(LanguagePrimitives.toStringValue(v)),
                args -> new UriValue(LanguagePrimitives.toStringValue(args.get(0))), "uri");
        add("System.UriBuilder", UriBuilderValue.class, null, null, true, null,
                v -> v instanceof UriBuilderValue b ? b : UriBuilderValue.create(List.of(v)), UriBuilderValue::create);
        add("System.Net.ServicePointManager", null, ServicePointManagerStatics.class, null, false, v -> false, null, null);
        add("System.Net.SecurityProtocolType", ServicePointManagerStatics.SecurityProtocolType.class, null, FlagsMembers.class, false,
                null, v -> FlagsValue.parse(ServicePointManagerStatics.SecurityProtocolType.class, v), null);
        add("System.Management.Automation.ErrorRecord", ErrorRecord.class, null, null, true, null, null, null);
        add("System.Management.Automation.InvocationInfo", InvocationInfo.class, null, null, true, null, null, null);
        add("System.Management.Automation.PSCredential", PSCredential.class, null, null, true, null, null,
                args -> new PSCredential(LanguagePrimitives.toStringValue(args.get(0)), args.get(1)), "pscredential");
        add("System.Security.SecureString", PSCredential.SecureString.class, null, null, true, null, null,
                args -> new PSCredential.SecureString(""), "securestring");
        add("System.Net.NetworkCredential", PSCredential.NetworkCredential.class, null, null, true, null, null, null);
        add("System.Void", Void.class, null, null, false, v -> false, v -> io.openecma.powershell.runtime.AutomationNull.VALUE, null, "void");
        add("System.Version", VersionValue.class, null, null, true, null,
                v -> v instanceof VersionValue x ? x : VersionValue.parse(LanguagePrimitives.toStringValue(v)),
                args -> VersionValue.of(args), "version");
        add("System.DayOfWeek", DotNetDayOfWeek.class, null, null, false, null, null, null);
        add("System.Net.HttpStatusCode", HttpStatusCode.class, null, null, false, null, null, null);
        add("System.IO.FileAttributes", FileAttributes.class, null, FlagsMembers.class, false, null,
                v -> FlagsValue.parse(FileAttributes.class, v), null);
        add("System.IO.FileAttributes.Combination", FlagsValue.class, null, null, true, null, null, null);
        add("System.StringSplitOptions", StringMembers.StringSplitOptions.class, null, null, false, null, null, null);
        add("System.MidpointRounding", MidpointRounding.class, null, null, false, null, null, null);
        add("System.ValueType", null, null, null, false, v -> {
            Object b = LanguagePrimitives.base(v);
            return b instanceof Number || b instanceof Boolean || b instanceof Character || b instanceof Enum<?>
                    || b instanceof DotNetDateTime || b instanceof Duration || b instanceof UUID;
        }, null, null);
        add("System.Enum", Enum.class, EnumStatics.class, null, false, v -> LanguagePrimitives.base(v) instanceof Enum<?>, null, null);
        add("System.Collections.DictionaryEntry", Map.Entry.class, null, DictionaryEntryMembers.class, false, null, null, null);

        generics.put("system.collections.generic.list`1", a -> listType(a.get(0)));
        generics.put("system.collections.generic.dictionary`2", a -> dictionaryType(a.get(0), a.get(1)));
        generics.put("system.collections.generic.hashset`1", a -> hashSetType(a.get(0)));
        Function<List<PSType>, PSType> anyList = a -> new PSType("System.Collections.Generic.IList[" + a.get(0).fullName() + "]",
                List.class, a, null, null, false, v -> isList(v), v -> asList(v, "IList"), null);
        generics.put("system.collections.generic.ilist`1", anyList);
        generics.put("system.collections.generic.icollection`1", anyList);
        generics.put("system.collections.generic.ienumerable`1", a -> new PSType("System.Collections.Generic.IEnumerable["
                + a.get(0).fullName() + "]", Iterable.class, a, null, null, false, LanguagePrimitives::isEnumerable, v -> v, null));
        generics.put("system.collections.objectmodel.keyedcollection`2", a -> new PSType(
                "System.Collections.ObjectModel.KeyedCollection[" + a.get(0).fullName() + "," + a.get(1).fullName() + "]",
                Object.class, a, null, null, false, v -> v != null, v -> LanguagePrimitives.unwrapNull(v), null));
        generics.put("system.collections.generic.idictionary`2", a -> new PSType("System.Collections.Generic.IDictionary["
                + a.get(0).fullName() + "," + a.get(1).fullName() + "]", Map.class, a, null, null, false,
                v -> v instanceof Map<?, ?>, v -> v, null));

        String[][] exceptions = {
                {"System.Exception", null}, {"System.SystemException", "System.Exception"},
                {"System.ApplicationException", "System.Exception"},
                {"System.ArgumentException", "System.SystemException"},
                {"System.ArgumentNullException", "System.ArgumentException"},
                {"System.ArgumentOutOfRangeException", "System.ArgumentException"},
                {"System.InvalidOperationException", "System.SystemException"},
                {"System.ObjectDisposedException", "System.InvalidOperationException"},
                {"System.NotSupportedException", "System.SystemException"},
                {"System.TypeInitializationException", "System.SystemException"},
                {"System.NotImplementedException", "System.SystemException"},
                {"System.FormatException", "System.SystemException"},
                {"System.InvalidCastException", "System.SystemException"},
                {"System.NullReferenceException", "System.SystemException"},
                {"System.IndexOutOfRangeException", "System.SystemException"},
                {"System.ArithmeticException", "System.SystemException"},
                {"System.DivideByZeroException", "System.ArithmeticException"},
                {"System.OverflowException", "System.ArithmeticException"},
                {"System.TimeoutException", "System.SystemException"},
                {"System.UnauthorizedAccessException", "System.SystemException"},
                {"System.Collections.Generic.KeyNotFoundException", "System.SystemException"},
                {"System.IO.IOException", "System.SystemException"},
                {"System.IO.FileNotFoundException", "System.IO.IOException"},
                {"System.IO.DirectoryNotFoundException", "System.IO.IOException"},
                {"System.Net.WebException", "System.InvalidOperationException"},
                {"System.Net.Http.HttpRequestException", "System.Exception"},
                {"System.Xml.XmlException", "System.SystemException"},
                {"System.Security.Cryptography.CryptographicException", "System.SystemException"},
                {"System.UriFormatException", "System.FormatException"},
                {"System.OperationCanceledException", "System.SystemException"},
                {"System.Management.Automation.RuntimeException", "System.SystemException"},
                {"System.Management.Automation.PSInvalidCastException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.ParameterBindingException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.ParameterBindingValidationException", "System.Management.Automation.ParameterBindingException"},
                {"System.Management.Automation.ParameterBindingArgumentTransformationException", "System.Management.Automation.ParameterBindingException"},
                {"System.Management.Automation.MethodInvocationException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.MethodException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.CommandNotFoundException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.CmdletInvocationException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.ItemNotFoundException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.PropertyNotFoundException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.ValidationMetadataException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.ActionPreferenceStopException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.ScriptRequiresException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.ParseException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.IncompleteParseException", "System.Management.Automation.ParseException"},
                {"System.Management.Automation.PipelineStoppedException", "System.Management.Automation.RuntimeException"},
                {"System.Management.Automation.PSArgumentException", "System.ArgumentException"},
                {"System.Management.Automation.PSArgumentNullException", "System.ArgumentNullException"},
                {"System.Management.Automation.PSNotSupportedException", "System.NotSupportedException"},
                {"System.Management.Automation.PSInvalidOperationException", "System.InvalidOperationException"},
                {"Microsoft.PowerShell.Commands.WriteErrorException", "System.SystemException"},
        };
        for (String[] e : exceptions) {
            registerExceptionType(e[0], e[1]);
        }
        NAMES.put(PSRuntimeException.class, "System.Exception");
        add("System.Management.Automation.PSMemberSet", Members.PSObjectView.class, null, null, true, null, null, null);
        add("System.Management.Automation.PSMemberInfoCollection", PSMemberInfoCollection.class, null, null, true, null, null, null);
        add("System.Management.Automation.PSNoteProperty", PSPropertyInfo.class, null, null, true, null, null, null);
        add("System.Management.Automation.PSReference", io.openecma.powershell.runtime.PSReference.class, null, null, true,
                null, v -> v instanceof io.openecma.powershell.runtime.PSReference r ? r
                        : new io.openecma.powershell.runtime.PSReference(v), null, "ref");
        add("System.Management.Automation.ErrorRecord.CategoryInfo", ErrorRecord.CategoryInfo.class, null, null, true, null, null, null);
        add("System.Management.Automation.ErrorDetails", ErrorRecord.ErrorDetails.class, null, null, true, null, null, null);
        add("System.Net.NetworkCredential.View", PSCredential.NetworkCredential.class, null, null, true, null, null, null);
        IoTypes.register(this);
        UtilityTypes.register(this);
        TypeAcceleratorTypes.register(this);
        SortedCollectionTypes.register(this);
        DelegateTypes.register(this);

        ProviderTypes.register(this);
        FlagsEnumTypes.register(this);
        io.openecma.powershell.types.hosting.HostingTypes.register(this);
        io.openecma.powershell.types.history.HistoryTypes.register(this);
        io.openecma.powershell.types.providers.ProviderTypeNames.register(this);
        io.openecma.powershell.cmdlets.results.ResultTypes.register(this);
        Ps7NumericTypes.register(this);
        ReflectionTypes.register(this);
        CertificatePolicyTypes.register(this);
        ExtraIntegralTypes.register(this);
        PSStyleValue.register(this);
        ErrorTypes.register(this);
        io.openecma.powershell.types.time.TimeZoneInfoValue.register(this);
        WildcardPatternValue.register(this);
        LimitErrorTypes.register(this);
        NullSentinelTypes.register(this);
        io.openecma.powershell.cmdlets.modules.ModuleTypes.register(this);
        io.openecma.powershell.cmdlets.jobs.JobTypes.register(this);
        UtilityCmdletTypes.register(this);
        SystemEnumTypes.register(this);
        AutomationUtilityTypes.register(this);
        io.openecma.powershell.types.ets.EtsTypes.register(this);
    }

    /** .NET constructors: (message[, inner]); ArgumentNullException/ArgumentOutOfRangeException take (paramName[, message]). */
    private static PSRuntimeException newException(String name, List<Object> args) {
        boolean paramFirst = name.endsWith("ArgumentNullException") || name.endsWith("ArgumentOutOfRangeException");
        if (paramFirst && !args.isEmpty()) {
            String param = LanguagePrimitives.toStringValue(args.get(0));
            String base = args.size() > 1 ? LanguagePrimitives.toStringValue(args.get(1))
                    : name.endsWith("ArgumentNullException") ? "Value cannot be null." : "Specified argument was out of the range of valid values.";
            return new PSRuntimeException(name, base + "\r\nParameter name: " + param).withParamName(param);
        }
        if (name.endsWith("ArgumentException") && args.size() > 1 && !(LanguagePrimitives.base(args.get(1)) instanceof Throwable)) {
            String param = LanguagePrimitives.toStringValue(args.get(1));
            return new PSRuntimeException(name, LanguagePrimitives.toStringValue(args.get(0)) + "\r\nParameter name: " + param)
                    .withParamName(param);
        }
        return new PSRuntimeException(name, args.isEmpty() ? defaultMessage(name) : LanguagePrimitives.toStringValue(args.get(0)),
                args.size() > 1 && LanguagePrimitives.base(args.get(1)) instanceof Throwable t2 ? t2 : null);
    }

    private static String defaultMessage(String typeName) {
        return "Exception of type '" + typeName + "' was thrown.";
    }

    /** Whether a Java class's own public members may be reached by reflection (registered with reflection on). */
    public boolean isExposed(Class<?> c) {
        return memo.isExposed(c, isExposedNow);
    }

    private boolean isExposedNow(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            PSType t = byClass.get(k);
            if (t != null) {
                return t.reflectInstance();
            }
            for (Class<?> i : k.getInterfaces()) {
                PSType it = byClass.get(i);
                if (it != null && it.reflectInstance()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a host registered this class (or a superclass) with reflection in any engine. */
    public static boolean isHostType(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (REFLECTED.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Every registered name (for diagnostics). */
    public Iterator<String> names() {
        return byName.keySet().iterator();
    }
}

package io.openecma.powershell.types;

import io.openecma.powershell.types.ets.ExtendedMembers;

import io.openecma.powershell.runtime.AutomationNull;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Member access on script values: properties, methods, statics and constructors, resolved only
 * through the type registry, with PowerShell-style overload resolution (fewest and cheapest
 * conversions win).
 */
public final class Members {

    /** Marker for "no such member" (distinct from a member whose value is $null). */
    public static final Object MISSING = new Object();
    /** The arguments of a getter call (never written to, so one array serves all). */
    private static final Object[] NO_ARGUMENTS = new Object[0];

    private Members() {
    }

    private static TypeRegistry types() {
        return ExecutionContext.current().types();
    }

    // ---------------------------------------------------------------- properties

    /** A property value, or {@link #MISSING}. Member enumeration is left to the caller. */
    public static Object getProperty(Object target, String name) {
        target = LanguagePrimitives.unwrapNull(target);
        if (target == null) {
            return MISSING;
        }
        if (target instanceof PSObject o) {
            PSObject.NoteProperty p = o.property(name);
            if (p != null) {
                return InstanceMemberAccess.value(o, p.value());
            }
            if (name.equalsIgnoreCase("PSObject")) {
                return new PSObjectView(o);
            }
            if (name.equalsIgnoreCase("PSTypeNames")) {
                return InstanceMemberAccess.typeNames(o);
            }
            Object extended = ExtendedMembers.property(o, name);
            if (extended != MISSING) {
                return extended;
            }
            return o.isCustomObject() ? MISSING : getProperty(o.baseObject(), name);
        }
        PSObject attached = io.openecma.powershell.runtime.InstanceMembers.of(target);
        if (attached != null && attached.property(name) != null) {
            return InstanceMemberAccess.value(attached, attached.property(name).value());
        }
        if (name.equalsIgnoreCase("PSObject")) {
            return new PSObjectView(target);
        }
        if (name.equalsIgnoreCase("PSTypeNames")) {
            return InstanceMemberAccess.typeNames(target);
        }
        Object extended = ExtendedMembers.property(target, name);
        if (extended != MISSING) {
            return extended;
        }
        if (target instanceof ScriptDefinedValue v) {
            return v.getMember(name);
        }
        if (target instanceof Enum<?> e && name.equalsIgnoreCase("value__")) {
            if (e instanceof DotNetEnum d) {
                long v = d.value();
                return v == (int) v ? (Object) (int) v : (Object) v;
            }
            return e.ordinal();
        }
        if (target instanceof Map<?, ?> m) {
            if (target instanceof PSHashtable h ? h.containsKey(name) : m.containsKey(name)) {
                return m.get(name);
            }
        }
        if (target instanceof io.openecma.powershell.xml.XmlNode n) {
            Object x = io.openecma.powershell.xml.XmlAdapter.property(n, name);
            if (x != MISSING) {
                return x;
            }
        }
        PSType type = types().typeOf(target);
        if (type != null && type.extensions() != null) {
            Optional<Method> getter = findExtensionGetter(type.extensions(), name, target);
            if (getter.isPresent()) {
                return call(getter.get(), null, new Object[]{target}, name);
            }
        }
        if (type == null || type.reflectInstance()) {
            Object v = reflectGet(target, name);
            if (v != MISSING) {
                return v;
            }
        }
        if (target instanceof PSRuntimeException && target.getClass() != PSRuntimeException.class) {
            return exceptionSubclassGet(target, name);
        }
        return MISSING;
    }

    /** Engine-defined exception subclasses (e.g. a cmdlet's WebException) expose their own getters. */
    private static Object exceptionSubclassGet(Object target, String name) {
        for (Method m : ClassMembers.of(target.getClass()).getterCandidates(name)) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && PSRuntimeException.class.isAssignableFrom(m.getDeclaringClass())
                    && m.getDeclaringClass() != PSRuntimeException.class
                    && (m.getName().equalsIgnoreCase("get" + name) || m.getName().equalsIgnoreCase("is" + name))) {
                return call(m, target, new Object[0], name);
            }
        }
        return MISSING;
    }

    private static Optional<Method> findExtensionGetter(Class<?> ext, String name, Object target) {
        for (Method m : ClassMembers.of(ext).staticGetters(name)) {
            if (m.getParameterTypes()[0].isInstance(target)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Object reflectGet(Object target, String name) {
        if (!types().isExposed(target.getClass())) {
            return MISSING;
        }
        ClassMembers.InstanceGetter getter = ClassMembers.of(target.getClass()).instanceGetter(name);
        if (getter.method() != null) {
            return call(getter.method(), target, NO_ARGUMENTS, name);
        }
        if (getter.field() != null) {
            try {
                return getter.field().get(target);
            } catch (IllegalAccessException e) {
                return MISSING;
            }
        }
        return MISSING;
    }

    /** Sets a property; throws PowerShell's error when it does not exist or is read-only. */
    public static void setProperty(Object target, String name, Object value) {
        target = LanguagePrimitives.unwrapNull(target);
        if (target == null) {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "The property '" + name + "' cannot be found on this object. Verify that the property exists and can be set.");
        }
        if (InstanceMemberAccess.set(target, name, value)) {
            return;
        }
        if (target instanceof PSObject o) {
            if (o.hasProperty(name) || o.isCustomObject()) {
                if (!o.hasProperty(name)) {
                    throw notSettable(name);
                }
                o.setProperty(name, value);
                return;
            }
            setProperty(o.baseObject(), name, value);
            return;
        }
        if (target instanceof PSHashtable h) {
            h.put(name, value);
            return;
        }
        if (target instanceof ScriptDefinedValue v && v.setMember(name, value)) {
            return;
        }
        if (target instanceof DotNetDictionary d) {
            d.put(d.keyType().convert(name), d.valueType().convert(value));
            return;
        }
        if (target instanceof io.openecma.powershell.xml.XmlNode n && io.openecma.powershell.xml.XmlAdapter.set(n, name, value)) {
            return;
        }
        PSType type = types().typeOf(target);
        if (type != null && type.extensions() != null) {
            for (Method m : ClassMembers.of(type.extensions()).withPrefix("set", name)) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 2
                        && m.getName().equalsIgnoreCase("set" + name)) {
                    call(m, null, new Object[]{target, LanguagePrimitives.convertTo(value, m.getParameterTypes()[1])}, name);
                    return;
                }
            }
        }
        if ((type == null || type.reflectInstance()) && types().isExposed(target.getClass())) {
            List<Executable> setters = new ArrayList<>();
            for (Method m : ClassMembers.of(target.getClass()).withPrefix("set", name)) {
                if (m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers()) && m.getName().equalsIgnoreCase("set" + name)) {
                    setters.add(m);
                }
            }
            if (!setters.isEmpty()) {
                invokeBest(setters, target, List.of(value == null ? AutomationNull.VALUE : value), name, 1);
                return;
            }
            for (Field f : ClassMembers.of(target.getClass()).fields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()) && f.getName().equalsIgnoreCase(name)) {
                    try {
                        f.set(target, LanguagePrimitives.convertTo(value, f.getType()));
                        return;
                    } catch (IllegalAccessException e) {
                        break;
                    }
                }
            }
        }
        throw notSettable(name);
    }

    /** Binders.cs PSSetMemberBinder: ThrowRuntimeError("PropertyAssignmentException", ParserStrings.PropertyNotFound). */
    private static PSRuntimeException notSettable(String name) {
        return new PSRuntimeException("System.Management.Automation.RuntimeException",
                "The property '" + name + "' cannot be found on this object. Verify that the property exists and can be set.")
                .withError("PropertyAssignmentException", "InvalidOperation", null);
    }

    // ---------------------------------------------------------------- methods

    /** Calls an instance method; {@link #MISSING} when the object has no method of that name. */
    public static Object invoke(Object target, String name, List<Object> args) {
        Object t = LanguagePrimitives.unwrapNull(target);
        if (t instanceof PSObject o && !o.isCustomObject()) {
            t = o.baseObject();
        }
        if (t instanceof ScriptDefinedValue v) {
            Object r = v.invokeMember(name, args);
            if (r != MISSING) {
                return r;
            }
        }
        PSType type = types().typeOf(t);
        if (type != null && type.extensions() != null) {
            List<Executable> candidates = null;
            for (ClassMembers.Extension x : ClassMembers.of(type.extensions()).extensionMethods(name)) {
                if (x.self().isInstance(t)) {
                    if (candidates == null) {
                        candidates = new ArrayList<>();
                    }
                    candidates.add(x.method());
                }
            }
            if (candidates != null) {
                List<Object> withSelf = new ArrayList<>(args.size() + 1);
                withSelf.add(t);
                withSelf.addAll(args);
                return invokeBest(candidates, null, withSelf, name, args.size());
            }
        }
        if ((type == null || type.reflectInstance()) && t != null && types().isExposed(t.getClass())) {
            List<Method> own = ClassMembers.of(t.getClass()).instanceMethods(name);
            if (!own.isEmpty()) {
                return invokeBest(own, t, args, name, args.size());
            }
        }
        if (name.equalsIgnoreCase("GetType") && args.isEmpty()) {
            PSType tt = types().reportedTypeOf(target);
            return tt != null ? tt : types().lookup("System.Object");
        }
        if (name.equalsIgnoreCase("ToString") && args.isEmpty()) {
            Object v = LanguagePrimitives.unwrapNull(target);
            if (v instanceof PSObject o && o.isCustomObject()) {
                return "";
            }
            if (v instanceof Object[] || v instanceof PSHashtable || v instanceof List<?> || v instanceof Map<?, ?>) {
                return TypeRegistry.typeNameOf(v);
            }
            return LanguagePrimitives.toStringValue(v);
        }
        if (name.equalsIgnoreCase("Equals") && args.size() == 1) {
            return java.util.Objects.equals(LanguagePrimitives.base(target), LanguagePrimitives.base(args.get(0)));
        }
        if (name.equalsIgnoreCase("GetHashCode") && args.isEmpty()) {
            return java.util.Objects.hashCode(t);
        }
        return AccessorMethods.invoke(t, name, args);
    }

    public static Object getStatic(PSType type, String name) {
        if (type.scriptType() != null) {
            return type.scriptType().getStatic(name);
        }
        Class<?> statics = type.statics();
        if (statics != null) {
            for (Method m : ClassMembers.of(statics).named("get" + name, name)) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && (m.getName().equalsIgnoreCase("get" + name) || m.getName().equalsIgnoreCase(name) && statics.isEnum())) {
                    return call(m, null, new Object[0], name);
                }
            }
            for (Field f : ClassMembers.of(statics).fields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getName().equalsIgnoreCase(name)) {
                    try {
                        return f.get(null);
                    } catch (IllegalAccessException e) {
                        break;
                    }
                }
            }
        }
        Class<?> c = type.javaClass();
        if (c != null && c.isEnum()) {
            for (Object k : c.getEnumConstants()) {
                if (((Enum<?>) k).name().equalsIgnoreCase(name)) {
                    return k;
                }
            }
        }
        return MISSING;
    }

    public static void setStatic(PSType type, String name, Object value) {
        if (type.scriptType() != null && type.scriptType().setStatic(name, value)) {
            return;
        }
        Class<?> statics = type.statics();
        if (statics != null) {
            List<Executable> setters = new ArrayList<>();
            for (Method m : ClassMembers.of(statics).withPrefix("set", name)) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1 && m.getName().equalsIgnoreCase("set" + name)) {
                    setters.add(m);
                }
            }
            if (!setters.isEmpty()) {
                invokeBest(setters, null, List.of(value == null ? AutomationNull.VALUE : value), name, 1);
                return;
            }
        }
        throw notSettable(name);
    }

    public static Object invokeStatic(PSType type, String name, List<Object> args) {
        if (name.equalsIgnoreCase("new")) {
            return construct(type, args);
        }
        Object scripted = type.scriptType() == null ? MISSING : type.scriptType().invokeStatic(name, args);
        if (scripted != MISSING) {
            return scripted;
        }
        Class<?> statics = type.statics();
        List<Method> candidates = statics == null ? List.of() : ClassMembers.of(statics).staticMethods(name);
        if (candidates.isEmpty()) {
            throw io.openecma.powershell.runtime.RuntimeErrors.methodNotFound(type.fullName(), name);
        }
        return invokeBest(candidates, null, args, name, args.size());
    }

    public static Object construct(PSType type, List<Object> args) {
        if (type.constructor() != null) {
            try {
                return type.constructor().apply(args);
            } catch (PSRuntimeException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new PSRuntimeException("System.Management.Automation.MethodInvocationException",
                        "Exception calling \".ctor\" with \"" + args.size() + "\" argument(s): \"" + e.getMessage() + "\"", e);
            }
        }
        Class<?> c = type.javaClass();
        if (c != null && type.reflectInstance() && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
            List<Executable> ctors = new ArrayList<>(List.of(c.getConstructors()));
            if (!ctors.isEmpty()) {
                return invokeBest(ctors, null, args, ".ctor", args.size());
            }
        }
        Object valueDefault = args.isEmpty() ? ValueTypeDefaults.of(type) : null;
        if (valueDefault != null) {
            return valueDefault;
        }
        throw new PSRuntimeException("System.Management.Automation.MethodException",
                "A constructor was not found. Cannot find an appropriate constructor for type " + type.fullName() + ".");
    }

    // ---------------------------------------------------------------- overload resolution

    private static Object invokeBest(List<? extends Executable> candidates, Object target, List<Object> args, String name, int shown) {
        Executable best = null;
        Object[] bestArgs = null;
        int bestCost = Integer.MAX_VALUE;
        for (Executable e : candidates) {
            Object[] converted = new Object[e.getParameterCount()];
            int cost = bind(e, args, converted);
            if (cost >= 0 && cost < bestCost) {
                best = e;
                bestArgs = converted;
                bestCost = cost;
            }
        }
        int userArgs = shown;
        if (best == null) {
            throw new PSRuntimeException("System.Management.Automation.MethodException",
                    "Cannot find an overload for \"" + name + "\" and the argument count: \"" + userArgs + "\".")
                    .withError("MethodCountCouldNotFindBest", "NotSpecified", null);
        }
        if (best instanceof Constructor<?> ctor) {
            try {
                return ctor.newInstance(bestArgs);
            } catch (InvocationTargetException e) {
                throw wrap(e.getCause(), name, shown);
            } catch (ReflectiveOperationException e) {
                throw wrap(e, name, shown);
            }
        }
        return call((Method) best, target, bestArgs, name, shown);
    }

    /** Converts arguments for one candidate; returns its cost, or -1 if it does not fit. */
    private static int bind(Executable e, List<Object> args, Object[] out) {
        boolean varargs = e.isVarArgs();
        int count = e.getParameterCount();
        int fixed = varargs ? count - 1 : count;
        if (!varargs && args.size() != count || varargs && args.size() < fixed) {
            return -1; // decided before getParameterTypes() copies the array
        }
        Class<?>[] params = e.getParameterTypes();
        int cost = 0;
        for (int i = 0; i < fixed; i++) {
            int c = cost(args.get(i), params[i]);
            if (c < 0) {
                return -1;
            }
            cost += c;
            try {
                out[i] = convert(args.get(i), params[i]);
            } catch (PSRuntimeException notConvertible) {
                return -1; // a narrowing that does not fit (-1 to a byte) rules the overload out
            }
        }
        if (varargs) {
            Class<?> component = params[fixed].getComponentType();
            List<Object> rest = args.subList(fixed, args.size());
            if (rest.size() == 1 && LanguagePrimitives.base(rest.get(0)) instanceof Object[] arr && component == Object.class) {
                out[fixed] = arr;
            } else {
                Object array = java.lang.reflect.Array.newInstance(component, rest.size());
                for (int i = 0; i < rest.size(); i++) {
                    int c = cost(rest.get(i), component);
                    if (c < 0) {
                        return -1;
                    }
                    cost += c;
                    java.lang.reflect.Array.set(array, i, convert(rest.get(i), component));
                }
                out[fixed] = array;
            }
            cost += 10;
        }
        return cost;
    }

    private static Object convert(Object arg, Class<?> param) {
        Object v = LanguagePrimitives.unwrapNull(arg);
        if (param == Object.class) {
            return v instanceof PSObject o && !o.isCustomObject() ? o.baseObject() : v;
        }
        if (param.isInstance(v)) {
            return v;
        }
        if (param.isPrimitive()) {
            Class<?> boxed = box(param);
            return LanguagePrimitives.convertTo(v, boxed);
        }
        return LanguagePrimitives.convertTo(v, param);
    }

    private static int cost(Object arg, Class<?> param) {
        Object v = LanguagePrimitives.base(arg);
        if (v == null) {
            return param.isPrimitive() ? 8 : 1;
        }
        Class<?> p = param.isPrimitive() ? box(param) : param;
        if (p == v.getClass()) {
            return 0;
        }
        if (p.isInstance(v)) {
            return p == Object.class ? 3 : 1;
        }
        if (v instanceof Number && Number.class.isAssignableFrom(p)) {
            return rank(p) >= rank(v.getClass()) ? 2 : 5;
        }
        if (p == String.class) {
            return 6;
        }
        try {
            convert(arg, param);
            return 7;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static int rank(Class<?> c) {
        if (c == Byte.class) {
            return 0;
        }
        if (c == Short.class) {
            return 1;
        }
        if (c == Integer.class) {
            return 2;
        }
        if (c == Long.class) {
            return 3;
        }
        if (c == Float.class) {
            return 4;
        }
        if (c == Double.class) {
            return 5;
        }
        return 6;
    }

    private static Class<?> box(Class<?> c) {
        if (c == int.class) {
            return Integer.class;
        }
        if (c == long.class) {
            return Long.class;
        }
        if (c == double.class) {
            return Double.class;
        }
        if (c == boolean.class) {
            return Boolean.class;
        }
        if (c == char.class) {
            return Character.class;
        }
        if (c == float.class) {
            return Float.class;
        }
        if (c == short.class) {
            return Short.class;
        }
        if (c == byte.class) {
            return Byte.class;
        }
        return c;
    }

    private static Object call(Method m, Object target, Object[] args, String name) {
        return call(m, target, args, name, args.length);
    }

    private static Object call(Method m, Object target, Object[] args, String name, int shown) {
        try {
            Object r = m.invoke(target, args);
            if (m.getReturnType() == void.class) {
                return AutomationNull.VALUE;
            }
            if (r instanceof char[] chars) {
                Object[] boxed = new Object[chars.length];
                for (int i = 0; i < chars.length; i++) {
                    boxed[i] = chars[i];
                }
                return boxed;
            }
            if (r instanceof byte[] bytes) {
                // The engine's [byte[]] is a boxed Byte[] (so GetType() says System.Byte[]).
                Byte[] boxed = new Byte[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    boxed[i] = bytes[i];
                }
                return boxed;
            }
            return r;
        } catch (InvocationTargetException e) {
            throw wrap(e.getCause(), name, shown);
        } catch (IllegalAccessException e) {
            throw wrap(e, name, shown);
        }
    }

    private static PSRuntimeException wrap(Throwable cause, String name, int argCount) {
        if (cause instanceof io.openecma.powershell.runtime.ControlFlow cf) {
            throw cf;
        }
        String message = cause instanceof PSRuntimeException p ? p.getMessage()
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof io.openecma.powershell.dotnet.DotNetConversionException
                || cause instanceof io.openecma.powershell.dotnet.DotNetFormatException) {
            cause = new PSRuntimeException("FormatException", message);
        }
        PSRuntimeException inner = cause instanceof PSRuntimeException p ? p
                : new PSRuntimeException(TypeRegistry.typeNameOfClass(cause.getClass()), message, null, cause);
        // A script's method call goes through PSInvokeMemberBinder, whose catch is
        // ExceptionHandlingOps.ConvertToMethodInvocationException (MiscOps.cs): the ErrorId is the
        // thrown exception's short type name (FormatException), category NotSpecified.
        String typeName = inner.typeName();
        return new PSRuntimeException("System.Management.Automation.MethodInvocationException",
                "Exception calling \"" + name + "\" with \"" + argCount + "\" argument(s): \"" + message + "\"", inner)
                .withError(typeName.substring(typeName.lastIndexOf('.') + 1), "NotSpecified", null);
    }

    /** {@code $obj.PSObject}: Properties view for reflection-style scripts. */
    public record PSObjectView(Object target) {
        public PSMemberInfoCollection getProperties() {
            return new PSMemberInfoCollection(target);
        }

        public Object getBaseObject() {
            return target instanceof PSObject o && !o.isCustomObject() ? o.baseObject() : target;
        }

        /** {@code .PSObject.TypeNames}: the same list as {@code .PSTypeNames}. */
        public TypeNameCollection getTypeNames() {
            return InstanceMemberAccess.typeNames(target);
        }
    }
}

package io.openecma.powershell.types;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public methods and fields of one Java class, read by reflection once. {@link Class#getMethods()}
 * copies every Method on each call, and member access asks for them on every property read and
 * method call; this keeps one copy per class and remembers, per name asked for, which methods
 * carry that name (case-insensitively, in {@code getMethods()} order, as the callers' loops saw them).
 */
final class ClassMembers {

    /** A class with many dynamic names asked for stops remembering new ones past this many. */
    private static final int MAX_REMEMBERED_NAMES = 1024;

    private static final ClassValue<ClassMembers> ALL = new ClassValue<>() {
        @Override
        protected ClassMembers computeValue(Class<?> type) {
            return new ClassMembers(type);
        }
    };

    private final List<Method> methods;
    private final List<Field> fields;
    private final Map<String, List<Method>> byName = new ConcurrentHashMap<>();
    /** Per prefix ("get", "set"), the methods named prefix + name, by name: no concatenation per question. */
    private final Map<String, Map<String, List<Method>>> byPrefixedName = new ConcurrentHashMap<>();
    private final Map<String, List<Method>> getters = new ConcurrentHashMap<>();
    private final Map<String, InstanceGetter> instanceGetters = new ConcurrentHashMap<>();
    private final Map<String, List<Method>> staticGetters = new ConcurrentHashMap<>();
    private final Map<String, List<Method>> instanceMethods = new ConcurrentHashMap<>();
    private final Map<String, List<Method>> staticMethods = new ConcurrentHashMap<>();
    private final Map<String, List<Extension>> extensionMethods = new ConcurrentHashMap<>();

    /** A static method of an extension class standing for an instance method: its first parameter is the instance. */
    record Extension(Method method, Class<?> self) {
    }

    /**
     * How a property of an instance is read by reflection: a getter method, else a public field;
     * both null when the class has neither. A class's members never change, so it is worked out
     * once per name.
     */
    record InstanceGetter(Method method, Field field) {
        static final InstanceGetter NONE = new InstanceGetter(null, null);
    }

    private ClassMembers(Class<?> type) {
        this.methods = List.of(type.getMethods());
        this.fields = List.of(type.getFields());
    }

    static ClassMembers of(Class<?> type) {
        return ALL.get(type);
    }

    /** Every public method, as {@link Class#getMethods()} lists them. */
    List<Method> methods() {
        return methods;
    }

    /** Every public field, as {@link Class#getFields()} lists them. */
    List<Field> fields() {
        return fields;
    }

    /** The methods named {@code name}, ignoring case, in {@link #methods()} order. */
    List<Method> named(String name) {
        List<Method> known = byName.get(name);
        if (known != null) {
            return known;
        }
        List<Method> found = new ArrayList<>();
        for (Method m : methods) {
            if (m.getName().equalsIgnoreCase(name)) {
                found.add(m);
            }
        }
        List<Method> result = List.copyOf(found);
        if (byName.size() < MAX_REMEMBERED_NAMES) {
            byName.putIfAbsent(name, result);
        }
        return result;
    }

    /** The methods named {@code prefix + name}, ignoring case. */
    List<Method> withPrefix(String prefix, String name) {
        Map<String, List<Method>> forPrefix = byPrefixedName.computeIfAbsent(prefix, p -> new ConcurrentHashMap<>());
        List<Method> known = forPrefix.get(name);
        if (known != null) {
            return known;
        }
        List<Method> result = named(prefix + name);
        if (forPrefix.size() < MAX_REMEMBERED_NAMES) {
            forPrefix.putIfAbsent(name, result);
        }
        return result;
    }

    /** The methods named getName or isName, ignoring case, in {@link #methods()} order. */
    List<Method> getterCandidates(String name) {
        List<Method> known = getters.get(name);
        if (known != null) {
            return known;
        }
        List<Method> result = List.copyOf(named("get" + name, "is" + name));
        if (getters.size() < MAX_REMEMBERED_NAMES) {
            getters.putIfAbsent(name, result);
        }
        return result;
    }

    /**
     * The instance property {@code name}: the first public non-static getName() (not Object's), or
     * isName() returning a boolean, in {@link #methods()} order; else the first public instance
     * field of that name, ignoring case.
     */
    InstanceGetter instanceGetter(String name) {
        InstanceGetter known = instanceGetters.get(name);
        if (known != null) {
            return known;
        }
        InstanceGetter found = findInstanceGetter(name);
        if (instanceGetters.size() < MAX_REMEMBERED_NAMES) {
            instanceGetters.putIfAbsent(name, found);
        }
        return found;
    }

    private InstanceGetter findInstanceGetter(String name) {
        for (Method m : getterCandidates(name)) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                    && (m.getName().equalsIgnoreCase("get" + name) || m.getName().equalsIgnoreCase("is" + name)
                    && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class))) {
                return new InstanceGetter(m, null);
            }
        }
        for (Field f : fields) {
            if (!Modifier.isStatic(f.getModifiers()) && f.getName().equalsIgnoreCase(name)) {
                return new InstanceGetter(null, f);
            }
        }
        return InstanceGetter.NONE;
    }

    /** The static one-argument methods named getName (an extension class's property getters), ignoring case. */
    List<Method> staticGetters(String name) {
        List<Method> known = staticGetters.get(name);
        if (known != null) {
            return known;
        }
        List<Method> found = new ArrayList<>();
        for (Method m : withPrefix("get", name)) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1) {
                found.add(m);
            }
        }
        List<Method> result = List.copyOf(found);
        if (staticGetters.size() < MAX_REMEMBERED_NAMES) {
            staticGetters.putIfAbsent(name, result);
        }
        return result;
    }

    /** The public instance methods named {@code name} (not Object's), ignoring case, in {@link #methods()} order. */
    List<Method> instanceMethods(String name) {
        List<Method> known = instanceMethods.get(name);
        if (known != null) {
            return known;
        }
        List<Method> found = new ArrayList<>();
        for (Method m : named(name)) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
                found.add(m);
            }
        }
        return remember(instanceMethods, name, List.copyOf(found));
    }

    /** The public static methods named {@code name}, ignoring case, in {@link #methods()} order. */
    List<Method> staticMethods(String name) {
        List<Method> known = staticMethods.get(name);
        if (known != null) {
            return known;
        }
        List<Method> found = new ArrayList<>();
        for (Method m : named(name)) {
            if (Modifier.isStatic(m.getModifiers())) {
                found.add(m);
            }
        }
        return remember(staticMethods, name, List.copyOf(found));
    }

    /** The static methods named {@code name} with at least one parameter (the instance), for an extension class. */
    List<Extension> extensionMethods(String name) {
        List<Extension> known = extensionMethods.get(name);
        if (known != null) {
            return known;
        }
        List<Extension> found = new ArrayList<>();
        for (Method m : named(name)) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() >= 1) {
                found.add(new Extension(m, m.getParameterTypes()[0]));
            }
        }
        return remember(extensionMethods, name, List.copyOf(found));
    }

    private static <T> List<T> remember(Map<String, List<T>> memo, String name, List<T> result) {
        if (memo.size() < MAX_REMEMBERED_NAMES) {
            memo.putIfAbsent(name, result);
        }
        return result;
    }

    /**
     * The methods named {@code first} or {@code second}, ignoring case, in {@link #methods()} order
     * (for "getX or isX", where the first one listed wins).
     */
    List<Method> named(String first, String second) {
        List<Method> a = named(first);
        List<Method> b = named(second);
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<Method> both = new ArrayList<>();
        for (Method m : methods) {
            if (a.contains(m) || b.contains(m)) {
                both.add(m);
            }
        }
        return both;
    }
}

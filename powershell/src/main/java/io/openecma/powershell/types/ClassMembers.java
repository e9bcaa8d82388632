package io.openecma.powershell.types;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
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

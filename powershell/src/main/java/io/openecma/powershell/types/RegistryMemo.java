package io.openecma.powershell.types;

import io.openecma.powershell.ast.TypeName;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of one {@link TypeRegistry} that only depend on what is registered: the type a written
 * name resolves to, the type a Java class is looked up in, whether a class is exposed to
 * reflection. A script asks these for every cast, type literal, property read and method call;
 * the registry forgets them all whenever anything is registered. Names are only remembered while
 * no script has defined a class or enum of its own (script types are scoped, and would shadow).
 */
final class RegistryMemo {

    /** A script with many distinct type names (or classes) stops adding past this many. */
    private static final int MAX_ENTRIES = 4096;
    /** ConcurrentHashMap holds no nulls: "not registered" is remembered as this. */
    private static final PSType NONE = new PSType("<none>", null, java.util.List.of(), null, null, false, null, null, null);

    private final Map<TypeName, PSType> byTypeName = new ConcurrentHashMap<>();
    private final Map<Class<?>, PSType> byClass = new ConcurrentHashMap<>();
    private final Map<Class<?>, Boolean> exposed = new ConcurrentHashMap<>();
    private final Map<String, ListOf> lists = new ConcurrentHashMap<>();
    private volatile boolean scriptTypesDefined;

    /** A List[T] type made for one element type object (the list's conversions use that very object). */
    private record ListOf(PSType element, PSType list) {
    }

    /** The resolved type, from memory or {@code resolve} (a null answer is not remembered: it may be registered later). */
    PSType resolved(TypeName name, Function<TypeName, PSType> resolve) {
        if (scriptTypesDefined) {
            return resolve.apply(name);
        }
        PSType known = byTypeName.get(name);
        if (known != null) {
            return known;
        }
        PSType t = resolve.apply(name);
        if (t != null && byTypeName.size() < MAX_ENTRIES) {
            byTypeName.put(name, t);
        }
        return t;
    }

    /** The registered type a Java class's members are looked up in (null: none), from memory or {@code find}. */
    PSType classType(Class<?> c, Function<Class<?>, PSType> find) {
        PSType known = byClass.get(c);
        if (known != null) {
            return known == NONE ? null : known;
        }
        PSType t = find.apply(c);
        if (byClass.size() < MAX_ENTRIES) {
            byClass.put(c, t == null ? NONE : t);
        }
        return t;
    }

    boolean isExposed(Class<?> c, Function<Class<?>, Boolean> find) {
        Boolean known = exposed.get(c);
        if (known != null) {
            return known;
        }
        boolean e = find.apply(c);
        if (exposed.size() < MAX_ENTRIES) {
            exposed.put(c, e);
        }
        return e;
    }

    /** The List[element] type (what a generic list value's members are looked up in), from memory or {@code make}. */
    PSType listType(PSType element, Function<PSType, PSType> make) {
        ListOf known = lists.get(element.fullName());
        if (known != null && known.element() == element) {
            return known.list();
        }
        PSType t = make.apply(element);
        if (lists.size() < MAX_ENTRIES) {
            lists.put(element.fullName(), new ListOf(element, t));
        }
        return t;
    }

    boolean scriptTypesDefined() {
        return scriptTypesDefined;
    }

    /** A script defined a class or enum: names may now mean a scoped script type. */
    void scriptTypeDefined() {
        scriptTypesDefined = true;
        byTypeName.clear();
    }

    /** Something was registered: every remembered answer may be stale. */
    void clear() {
        byTypeName.clear();
        byClass.clear();
        exposed.clear();
        lists.clear();
    }
}

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

    /**
     * In front of the class-keyed maps: the last answer about a class, kept with the class itself
     * (a ClassValue, no hash of the Class object, whose identity hash can be slow to get) and valid
     * while it carries this memo's current generation. Another registry (or a registration, which
     * makes a new generation) just misses and falls back to the maps.
     */
    private static final ClassValue<ClassSlot> CLASS_SLOTS = new ClassValue<>() {
        @Override
        protected ClassSlot computeValue(Class<?> type) {
            return new ClassSlot();
        }
    };
    private volatile Object generation = new Object();

    private static final class ClassSlot {
        volatile ClassAnswer answer;
    }

    /** One generation's answers about a class; null where not asked yet. */
    private record ClassAnswer(Object generation, PSType type, Boolean exposed) {
    }

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
        ClassSlot slot = CLASS_SLOTS.get(c);
        ClassAnswer last = slot.answer;
        if (last != null && last.generation() == generation && last.type() != null) {
            return last.type() == NONE ? null : last.type();
        }
        PSType known = byClass.get(c);
        if (known == null) {
            PSType t = find.apply(c);
            known = t == null ? NONE : t;
            if (byClass.size() < MAX_ENTRIES) {
                byClass.put(c, known);
            }
        }
        slot.answer = new ClassAnswer(generation, known, last != null && last.generation() == generation ? last.exposed() : null);
        return known == NONE ? null : known;
    }

    boolean isExposed(Class<?> c, Function<Class<?>, Boolean> find) {
        ClassSlot slot = CLASS_SLOTS.get(c);
        ClassAnswer last = slot.answer;
        if (last != null && last.generation() == generation && last.exposed() != null) {
            return last.exposed();
        }
        Boolean known = exposed.get(c);
        if (known == null) {
            known = find.apply(c);
            if (exposed.size() < MAX_ENTRIES) {
                exposed.put(c, known);
            }
        }
        slot.answer = new ClassAnswer(generation, last != null && last.generation() == generation ? last.type() : null, known);
        return known;
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
        generation = new Object();
        byTypeName.clear();
        byClass.clear();
        exposed.clear();
        lists.clear();
    }
}

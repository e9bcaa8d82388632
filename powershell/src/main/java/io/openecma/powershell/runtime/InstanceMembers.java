package io.openecma.powershell.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Members Add-Member attaches to an object that is not a PSObject. PowerShell keeps such instance
 * members in a table keyed by the object itself (PSObject's "resurrection table", a
 * ConditionalWeakTable), so {@code $list | Add-Member NoteProperty X 1} is seen later through any
 * variable that holds the same list. Here the table is keyed by identity and holds its keys weakly.
 * Immutable values (strings, numbers, ...) are never keys: their members live on the wrapper only.
 */
public final class InstanceMembers {

    private static final Map<Integer, List<Entry>> TABLE = new HashMap<>();
    /** Read without the lock on every property access: the common case is an empty table. */
    private static volatile int size;

    private record Entry(WeakReference<Object> key, PSObject members) {
    }

    private InstanceMembers() {
    }

    /** The members attached to {@code target}, or null. */
    public static PSObject of(Object target) {
        if (size == 0 || target == null || target instanceof PSObject) {
            return null;
        }
        synchronized (TABLE) {
            List<Entry> bucket = TABLE.get(System.identityHashCode(target));
            if (bucket != null) {
                for (Entry e : bucket) {
                    if (e.key().get() == target) {
                        return e.members();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The PSObject that carries {@code target}'s instance members: itself when it is one, the one
     * already attached, or a new wrapper (recorded in the table when the value has an identity).
     */
    public static PSObject attach(Object target) {
        if (target instanceof PSObject o) {
            return o;
        }
        PSObject existing = of(target);
        if (existing != null) {
            return existing;
        }
        PSObject wrapper = new PSObject(target);
        if (hasIdentity(target)) {
            synchronized (TABLE) {
                purge();
                TABLE.computeIfAbsent(System.identityHashCode(target), k -> new ArrayList<>(1))
                        .add(new Entry(new WeakReference<>(target), wrapper));
                size++;
            }
        }
        return wrapper;
    }

    /** The ScriptMethod named {@code name} on the object, its wrapper or its attached members, or null. */
    public static PSObject.ScriptMember scriptMethod(Object target, String name) {
        Object t = LanguagePrimitives.unwrapNull(target);
        PSObject holder = t instanceof PSObject o ? o : of(t);
        if (holder == null) {
            return null;
        }
        PSObject.NoteProperty p = holder.property(name);
        if (p == null && !holder.isCustomObject()) {
            PSObject attached = of(holder.baseObject());
            p = attached == null ? null : attached.property(name);
        }
        return p != null && p.value() instanceof PSObject.ScriptMember sm && sm.method() ? sm : null;
    }

    /** Value types and strings: PowerShell's table cannot find them again either (a copy each time). */
    private static boolean hasIdentity(Object v) {
        return !(v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof Enum<?> || v instanceof Record || v instanceof java.util.UUID);
    }

    private static void purge() {
        if (size < 256) {
            return;
        }
        int removed = 0;
        for (var it = TABLE.values().iterator(); it.hasNext(); ) {
            List<Entry> bucket = it.next();
            int before = bucket.size();
            bucket.removeIf(e -> e.key().get() == null);
            removed += before - bucket.size();
            if (bucket.isEmpty()) {
                it.remove();
            }
        }
        size -= removed;
    }
}

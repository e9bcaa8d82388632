package io.openecma.powershell.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * PowerShell's {@code @{}} (System.Collections.Hashtable) and {@code [ordered]@{}}
 * (System.Collections.Specialized.OrderedDictionary): string keys compare case-insensitively.
 * Both keep insertion order here; a real Hashtable's order is hash-dependent, so scripts
 * cannot rely on it and insertion order is the most predictable choice.
 */
public final class PSHashtable extends AbstractMap<Object, Object> {

    private final LinkedHashMap<Object, Map.Entry<Object, Object>> entries = new LinkedHashMap<>();
    private final boolean ordered;
    private final KeyComparison comparison;

    /**
     * How keys compare: PowerShell's literals fold case; {@code [hashtable]::new()} uses .NET's
     * default (case-sensitive) comparer; the CLIXML deserializer falls back to reference
     * equality when even case-sensitive keys clash (serialization.cs, PSDictionary).
     */
    public enum KeyComparison { IGNORE_CASE, CASE_SENSITIVE, REFERENCE }

    public PSHashtable() {
        this(false);
    }

    public PSHashtable(boolean ordered) {
        this(ordered, KeyComparison.IGNORE_CASE);
    }

    public PSHashtable(boolean ordered, KeyComparison comparison) {
        this.ordered = ordered;
        this.comparison = comparison;
    }

    public KeyComparison comparison() {
        return comparison;
    }

    private Object keyOf(Object key) {
        return switch (comparison) {
            case IGNORE_CASE -> CaseInsensitiveKey.of(key);
            case CASE_SENSITIVE -> key;
            case REFERENCE -> new IdentityKey(key);
        };
    }

    /** A key compared by reference, as the deserializer's ReferenceEqualityComparer. */
    private record IdentityKey(Object key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }

    public boolean isOrdered() {
        return ordered;
    }

    public String typeName() {
        return ordered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable";
    }

    @Override
    public Object get(Object key) {
        Map.Entry<Object, Object> e = entries.get(keyOf(key));
        return e == null ? null : e.getValue();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(keyOf(key));
    }

    @Override
    public Object put(Object key, Object value) {
        if (key == null) {
            throw new PSRuntimeException("ArgumentNullException", "Key cannot be null.");
        }
        Object folded = keyOf(key);
        Map.Entry<Object, Object> existing = entries.get(folded);
        if (existing != null) {
            return existing.setValue(value);
        }
        entries.put(folded, new SimpleEntry<>(key, value));
        io.openecma.powershell.runtime.limits.MemoryBudget.grew(this, entries.size(), value);
        return null;
    }

    /** Hashtable.Add: refuses a duplicate key as .NET does. */
    public void add(Object key, Object value) {
        if (containsKey(key)) {
            throw new PSRuntimeException("ArgumentException",
                    "Item has already been added. Key in dictionary: '" + key + "'  Key being added: '" + key + "'");
        }
        put(key, value);
    }

    @Override
    public Object remove(Object key) {
        Map.Entry<Object, Object> e = entries.remove(keyOf(key));
        return e == null ? null : e.getValue();
    }

    @Override
    public void clear() {
        entries.clear();
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Object, Object>> iterator() {
                Iterator<Map.Entry<Object, Object>> it = entries.values().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Entry<Object, Object> next() {
                        return it.next();
                    }

                    @Override
                    public void remove() {
                        it.remove();
                    }
                };
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    public PSHashtable copy() {
        PSHashtable c = new PSHashtable(ordered, comparison);
        forEach(c::put);
        return c;
    }

    /**
     * {@code [hashtable]::new(...)} / {@code New-Object hashtable}: .NET's Hashtable uses the
     * default, case-sensitive comparer unless a case-insensitive comparer is passed; a
     * dictionary argument is copied.
     */
    public static PSHashtable constructed(java.util.List<Object> args) {
        KeyComparison mode = KeyComparison.CASE_SENSITIVE;
        Map<?, ?> source = null;
        for (Object a : args) {
            Object b = LanguagePrimitives.base(a);
            if (b instanceof Map<?, ?> m) {
                source = m;
            } else if (b != null && !(b instanceof Number) && String.valueOf(b).contains("IgnoreCase")) {
                mode = KeyComparison.IGNORE_CASE;
            }
        }
        PSHashtable h = new PSHashtable(false, mode);
        if (source != null) {
            source.forEach(h::add);
        }
        return h;
    }
}

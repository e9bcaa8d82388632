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

    public PSHashtable() {
        this(false);
    }

    public PSHashtable(boolean ordered) {
        this.ordered = ordered;
    }

    public boolean isOrdered() {
        return ordered;
    }

    public String typeName() {
        return ordered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable";
    }

    @Override
    public Object get(Object key) {
        Map.Entry<Object, Object> e = entries.get(CaseInsensitiveKey.of(key));
        return e == null ? null : e.getValue();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(CaseInsensitiveKey.of(key));
    }

    @Override
    public Object put(Object key, Object value) {
        if (key == null) {
            throw new PSRuntimeException("ArgumentNullException", "Key cannot be null.");
        }
        Object folded = CaseInsensitiveKey.of(key);
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
        Map.Entry<Object, Object> e = entries.remove(CaseInsensitiveKey.of(key));
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
        PSHashtable c = new PSHashtable(ordered);
        forEach(c::put);
        return c;
    }
}

package io.openecma.powershell.types.collections;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * System.Collections.SortedList: keys kept in {@link DotNetComparer} order, reachable by key and
 * by position. Reading a key that is missing (or of another type, as a member name read as a key
 * is) gives nothing, as .NET's IDictionary indexer does; the members scripts call are strict.
 */
public final class SortedListValue extends TreeMap<Object, Object> {

    public SortedListValue() {
        super(DotNetComparer.DEFAULT);
    }

    @Override
    public Object get(Object key) {
        try {
            return key == null ? null : super.get(LanguagePrimitives.base(key));
        } catch (DotNetComparer.IncomparableKeys e) {
            return null;
        }
    }

    @Override
    public boolean containsKey(Object key) {
        try {
            return key != null && super.containsKey(LanguagePrimitives.base(key));
        } catch (DotNetComparer.IncomparableKeys e) {
            return false;
        }
    }

    /** The indexer's setter: adds or replaces. */
    @Override
    public Object put(Object key, Object value) {
        Object k = requireKey(key);
        try {
            return super.put(k, LanguagePrimitives.unwrapNull(value));
        } catch (DotNetComparer.IncomparableKeys e) {
            throw DotNetComparer.failedToCompare();
        }
    }

    /** Add(key, value): a key already present is refused, with .NET Framework's message. */
    void add(Object key, Object value) {
        Object k = requireKey(key);
        if (strictContains(k)) {
            Object existing = ceilingKey(k);
            throw new PSRuntimeException("System.ArgumentException", "Item has already been added. Key in dictionary: '"
                    + LanguagePrimitives.toStringValue(existing) + "'  Key being added: '" + LanguagePrimitives.toStringValue(k) + "'");
        }
        put(k, value);
    }

    boolean strictContains(Object key) {
        try {
            return super.containsKey(requireKey(key));
        } catch (DotNetComparer.IncomparableKeys e) {
            throw DotNetComparer.failedToCompare();
        }
    }

    void strictRemove(Object key) {
        try {
            super.remove(requireKey(key));
        } catch (DotNetComparer.IncomparableKeys e) {
            throw DotNetComparer.failedToCompare();
        }
    }

    List<Map.Entry<Object, Object>> entries() {
        return new ArrayList<>(entrySet());
    }

    Map.Entry<Object, Object> at(int index) {
        if (index < 0 || index >= size()) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: index")
                    .withParamName("index");
        }
        return entries().get(index);
    }

    private static Object requireKey(Object key) {
        Object k = LanguagePrimitives.base(LanguagePrimitives.unwrapNull(key));
        if (k == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Key cannot be null.\r\nParameter name: key")
                    .withParamName("key");
        }
        return k;
    }
}

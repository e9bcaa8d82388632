package io.openecma.powershell.types.collections;

import io.openecma.powershell.runtime.PSReference;

/** Instance members of SortedDictionary[K,V]. */
public final class SortedDictionaryMembers {
    private SortedDictionaryMembers() {
    }

    public static int getCount(SortedDictionaryValue d) {
        return d.size();
    }

    public static Object[] getKeys(SortedDictionaryValue d) {
        return d.keySet().toArray();
    }

    public static Object[] getValues(SortedDictionaryValue d) {
        return d.values().toArray();
    }

    public static void Add(SortedDictionaryValue d, Object key, Object value) {
        d.add(key, value);
    }

    public static boolean Remove(SortedDictionaryValue d, Object key) {
        Object k = d.key(key);
        boolean had = d.containsKey(k);
        d.remove(k);
        return had;
    }

    public static boolean ContainsKey(SortedDictionaryValue d, Object key) {
        return d.containsKey(d.key(key));
    }

    public static boolean ContainsValue(SortedDictionaryValue d, Object value) {
        Object v = d.valueType().convert(value);
        return d.values().stream().anyMatch(x -> java.util.Objects.equals(x, v));
    }

    public static boolean TryGetValue(SortedDictionaryValue d, Object key, Object ref) {
        Object k = d.key(key);
        boolean found = d.containsKey(k);
        PSReference.set(ref, found ? d.get(k) : defaultOf(d));
        return found;
    }

    public static void Clear(SortedDictionaryValue d) {
        d.clear();
    }

    public static Object GetEnumerator(SortedDictionaryValue d) {
        return new java.util.ArrayList<>(d.entrySet());
    }

    /** default(V): 0 for numbers, false for bool, null otherwise. */
    private static Object defaultOf(SortedDictionaryValue d) {
        Class<?> c = d.valueType().javaClass();
        if (c == Integer.class) {
            return 0;
        }
        if (c == Long.class) {
            return 0L;
        }
        if (c == Double.class) {
            return 0.0;
        }
        if (c == Boolean.class) {
            return false;
        }
        return null;
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.PSReference;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.DotNetDictionary;

/** Instance members of Dictionary[K,V]. */
public final class DictionaryMembers {
    private DictionaryMembers() {
    }

    public static int getCount(DotNetDictionary d) {
        return d.size();
    }

    public static Object[] getKeys(DotNetDictionary d) {
        return d.keySet().toArray();
    }

    public static Object[] getValues(DotNetDictionary d) {
        return d.values().toArray();
    }

    public static void Add(DotNetDictionary d, Object key, Object value) {
        Object k = d.keyType().convert(key);
        if (d.containsKey(k)) {
            throw new PSRuntimeException("ArgumentException", "An item with the same key has already been added.");
        }
        d.put(k, d.valueType().convert(value));
    }

    public static boolean Remove(DotNetDictionary d, Object key) {
        return d.remove(d.keyType().convert(key)) != null;
    }

    public static boolean ContainsKey(DotNetDictionary d, Object key) {
        return d.containsKey(d.keyType().convert(key));
    }

    public static boolean ContainsValue(DotNetDictionary d, Object value) {
        return d.containsValue(value);
    }

    public static boolean TryGetValue(DotNetDictionary d, Object key, Object ref) {
        Object k = d.keyType().convert(key);
        boolean found = d.containsKey(k);
        PSReference.set(ref, d.get(k));
        return found;
    }

    public static void Clear(DotNetDictionary d) {
        d.clear();
    }

    public static Object GetEnumerator(DotNetDictionary d) {
        return new java.util.ArrayList<>(d.entrySet());
    }
}

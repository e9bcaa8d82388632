package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.PSHashtable;

/** Instance members of Hashtable / OrderedDictionary. */
public final class HashtableMembers {
    private HashtableMembers() {
    }

    public static int getCount(PSHashtable h) {
        return h.size();
    }

    public static Object[] getKeys(PSHashtable h) {
        return h.keySet().toArray();
    }

    public static Object[] getValues(PSHashtable h) {
        return h.values().toArray();
    }

    public static void Add(PSHashtable h, Object key, Object value) {
        h.add(key, value);
    }

    public static void Remove(PSHashtable h, Object key) {
        h.remove(key);
    }

    public static boolean ContainsKey(PSHashtable h, Object key) {
        return h.containsKey(key);
    }

    public static boolean Contains(PSHashtable h, Object key) {
        return h.containsKey(key);
    }

    public static boolean ContainsValue(PSHashtable h, Object value) {
        return h.values().stream().anyMatch(v -> io.openecma.powershell.runtime.LanguagePrimitives.equals(v, value, true));
    }

    /** OrderedDictionary.Insert(index, key, value). */
    public static void Insert(PSHashtable h, int index, Object key, Object value) {
        if (h.containsKey(key)) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("ArgumentException",
                    "An item with the same key has already been added.");
        }
        java.util.List<java.util.Map.Entry<Object, Object>> entries = new java.util.ArrayList<>();
        h.forEach((k, v) -> entries.add(new java.util.AbstractMap.SimpleEntry<>(k, v)));
        entries.add(Math.max(0, Math.min(index, entries.size())), new java.util.AbstractMap.SimpleEntry<>(key, value));
        h.clear();
        entries.forEach(e -> h.put(e.getKey(), e.getValue()));
    }

    public static void RemoveAt(PSHashtable h, int index) {
        h.remove(h.keySet().toArray()[index]);
    }

    public static void Clear(PSHashtable h) {
        h.clear();
    }

    public static PSHashtable Clone(PSHashtable h) {
        return h.copy();
    }

    public static Object GetEnumerator(PSHashtable h) {
        return new java.util.ArrayList<>(h.entrySet());
    }
}

package io.openecma.powershell.types.collections;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Instance members of System.Collections.SortedList (keys by order, values by their key's position). */
public final class SortedListMembers {
    private SortedListMembers() {
    }

    public static int getCount(SortedListValue s) {
        return s.size();
    }

    public static int getCapacity(SortedListValue s) {
        return Math.max(s.size(), s.isEmpty() ? 0 : 16);
    }

    public static Object[] getKeys(SortedListValue s) {
        return s.keySet().toArray();
    }

    public static Object[] getValues(SortedListValue s) {
        return s.values().toArray();
    }

    public static void Add(SortedListValue s, Object key, Object value) {
        s.add(key, value);
    }

    public static void Remove(SortedListValue s, Object key) {
        s.strictRemove(key);
    }

    public static void RemoveAt(SortedListValue s, int index) {
        s.remove(s.at(index).getKey());
    }

    public static boolean ContainsKey(SortedListValue s, Object key) {
        return s.strictContains(key);
    }

    public static boolean Contains(SortedListValue s, Object key) {
        return s.strictContains(key);
    }

    public static boolean ContainsValue(SortedListValue s, Object value) {
        return IndexOfValue(s, value) >= 0;
    }

    public static Object GetKey(SortedListValue s, int index) {
        return s.at(index).getKey();
    }

    public static Object GetByIndex(SortedListValue s, int index) {
        return s.at(index).getValue();
    }

    public static void SetByIndex(SortedListValue s, int index, Object value) {
        s.at(index).setValue(LanguagePrimitives.unwrapNull(value));
    }

    public static int IndexOfKey(SortedListValue s, Object key) {
        if (!s.strictContains(key)) {
            return -1;
        }
        return s.headMap(LanguagePrimitives.base(key)).size();
    }

    /** Values compare with Object.Equals (a 1 is not a '1'), as Array.IndexOf does. */
    public static int IndexOfValue(SortedListValue s, Object value) {
        Object v = LanguagePrimitives.base(LanguagePrimitives.unwrapNull(value));
        List<Map.Entry<Object, Object>> entries = s.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (java.util.Objects.equals(LanguagePrimitives.base(entries.get(i).getValue()), v)) {
                return i;
            }
        }
        return -1;
    }

    public static List<Object> GetKeyList(SortedListValue s) {
        return new ArrayList<>(s.keySet());
    }

    public static List<Object> GetValueList(SortedListValue s) {
        return new ArrayList<>(s.values());
    }

    public static void Clear(SortedListValue s) {
        s.clear();
    }

    public static Object GetEnumerator(SortedListValue s) {
        return s.entries();
    }
}

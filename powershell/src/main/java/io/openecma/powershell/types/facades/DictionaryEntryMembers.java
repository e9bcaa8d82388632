package io.openecma.powershell.types.facades;

import java.util.Map;

/** Key/Value of a dictionary entry (what GetEnumerator() yields). */
public final class DictionaryEntryMembers {
    private DictionaryEntryMembers() {
    }

    public static Object getKey(Map.Entry<?, ?> e) {
        return e.getKey();
    }

    public static Object getName(Map.Entry<?, ?> e) {
        return e.getKey();
    }

    public static Object getValue(Map.Entry<?, ?> e) {
        return e.getValue();
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.lang.reflect.Array;

/** Instance members of arrays. */
public final class ArrayMembers {
    private ArrayMembers() {
    }

    public static int getLength(Object a) {
        return Array.getLength(a);
    }

    public static int getCount(Object a) {
        return Array.getLength(a);
    }

    public static boolean Contains(Object a, Object value) {
        for (int i = 0; i < Array.getLength(a); i++) {
            if (LanguagePrimitives.equals(Array.get(a, i), value, true)) {
                return true;
            }
        }
        return false;
    }

    public static int IndexOf(Object a, Object value) {
        for (int i = 0; i < Array.getLength(a); i++) {
            if (LanguagePrimitives.equals(Array.get(a, i), value, true)) {
                return i;
            }
        }
        return -1;
    }

    public static Object Add(Object a, Object value) {
        throw new io.openecma.powershell.runtime.PSRuntimeException("NotSupportedException", "Collection was of a fixed size.");
    }

    public static Object GetEnumerator(Object a) {
        return new ArrayEnumerator(a);
    }

    public static Object Clone(Object a) {
        return ((Object[]) a).clone();
    }
}

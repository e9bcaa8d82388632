package io.openecma.powershell.types.facades;

/** Statics of [array]. */
public final class ArrayStatics {
    private ArrayStatics() {
    }

    public static int IndexOf(Object[] array, Object value) {
        return ArrayMembers.IndexOf(array, value);
    }

    public static void Reverse(Object[] array) {
        java.util.Collections.reverse(java.util.Arrays.asList(array));
    }

    public static void Sort(Object[] array) {
        java.util.Arrays.sort(array, (a, b) -> io.openecma.powershell.runtime.LanguagePrimitives.compare(a, b, false));
    }
}

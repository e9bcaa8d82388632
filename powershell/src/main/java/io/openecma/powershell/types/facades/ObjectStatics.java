package io.openecma.powershell.types.facades;

/** Statics of [object]. */
public final class ObjectStatics {
    private ObjectStatics() {
    }

    public static boolean ReferenceEquals(Object a, Object b) {
        return a == b;
    }

    public static boolean Equals(Object a, Object b) {
        return java.util.Objects.equals(a, b);
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.types.PSType;

import java.util.Arrays;

/** Statics of [enum]. */
public final class EnumStatics {
    private EnumStatics() {
    }

    public static Object[] GetNames(PSType type) {
        return Arrays.stream(type.javaClass().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray();
    }

    public static Object[] GetValues(PSType type) {
        return type.javaClass().getEnumConstants();
    }

    public static Object Parse(PSType type, String value) {
        return type.convert(value);
    }

    public static Object Parse(PSType type, String value, boolean ignoreCase) {
        return type.convert(value);
    }

    public static boolean IsDefined(PSType type, Object value) {
        try {
            type.convert(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

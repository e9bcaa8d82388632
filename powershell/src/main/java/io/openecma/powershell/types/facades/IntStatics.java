package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;

/** Statics of [int]. */
public final class IntStatics {
    private IntStatics() {
    }

    public static int getMaxValue() {
        return Integer.MAX_VALUE;
    }

    public static int getMinValue() {
        return Integer.MIN_VALUE;
    }

    public static int Parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("FormatException", "Input string was not in a correct format.");
        }
    }

    public static boolean TryParse(String s, Object ref) {
        try {
            int v = Integer.parseInt(s == null ? "" : s.strip());
            io.openecma.powershell.runtime.PSReference.set(ref, v);
            return true;
        } catch (NumberFormatException e) {
            io.openecma.powershell.runtime.PSReference.set(ref, 0);
            return false;
        }
    }
}

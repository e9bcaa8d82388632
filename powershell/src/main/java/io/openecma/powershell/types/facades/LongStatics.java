package io.openecma.powershell.types.facades;

/** Statics of [long]. */
public final class LongStatics {
    private LongStatics() {
    }

    public static long getMaxValue() {
        return Long.MAX_VALUE;
    }

    public static long getMinValue() {
        return Long.MIN_VALUE;
    }

    public static long Parse(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("FormatException", "Input string was not in a correct format.");
        }
    }
}

package io.openecma.powershell.types.facades;

/** Statics of [double]. */
public final class DoubleStatics {
    private DoubleStatics() {
    }

    public static double getMaxValue() {
        return Double.MAX_VALUE;
    }

    public static double getPositiveInfinity() {
        return Double.POSITIVE_INFINITY;
    }

    public static double getNegativeInfinity() {
        return Double.NEGATIVE_INFINITY;
    }

    public static double getMinValue() {
        return -Double.MAX_VALUE;
    }

    public static double getEpsilon() {
        return Double.MIN_VALUE;
    }

    public static double getNaN() {
        return Double.NaN;
    }

    public static boolean IsNaN(double d) {
        return Double.isNaN(d);
    }

    public static double Parse(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("FormatException", "Input string was not in a correct format.");
        }
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Statics of [Math]. */
public final class MathStatics {
    private MathStatics() {
    }

    public static double getPI() {
        return Math.PI;
    }

    public static double getE() {
        return Math.E;
    }

    public static Object Abs(Number n) {
        if (n instanceof Integer i) {
            return Math.abs(i);
        }
        if (n instanceof Long l) {
            return Math.abs(l);
        }
        if (n instanceof BigDecimal d) {
            return d.abs();
        }
        return Math.abs(n.doubleValue());
    }

    public static Object Max(Number a, Number b) {
        return LanguagePrimitives.compare(a, b, false) >= 0 ? a : b;
    }

    public static Object Min(Number a, Number b) {
        return LanguagePrimitives.compare(a, b, false) <= 0 ? a : b;
    }

    public static double Floor(double d) {
        return Math.floor(d);
    }

    public static double Ceiling(double d) {
        return Math.ceil(d);
    }

    /** Math.Round rounds half to even, as .NET does. */
    public static double Round(double d) {
        return Math.rint(d);
    }

    public static double Round(double d, int digits) {
        return BigDecimal.valueOf(d).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    public static double Round(double d, int digits, Object mode) {
        RoundingMode m = io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(mode).equalsIgnoreCase("AwayFromZero")
                ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN;
        return new BigDecimal(Double.toString(d)).setScale(digits, m).doubleValue();
    }

    public static double Truncate(double d) {
        return d < 0 ? Math.ceil(d) : Math.floor(d);
    }

    public static double Pow(double a, double b) {
        return Math.pow(a, b);
    }

    public static double Sqrt(double d) {
        return Math.sqrt(d);
    }

    public static double Log(double d) {
        return Math.log(d);
    }

    public static double Log10(double d) {
        return Math.log10(d);
    }

    public static int Sign(double d) {
        return (int) Math.signum(d);
    }
}

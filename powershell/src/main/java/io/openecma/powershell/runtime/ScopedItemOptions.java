package io.openecma.powershell.runtime;

import io.openecma.powershell.types.FlagsEnum;
import io.openecma.powershell.types.FlagsValue;

/** System.Management.Automation.ScopedItemOptions ([Flags]): a variable's or alias's options. */
public enum ScopedItemOptions implements FlagsEnum {
    None(0), ReadOnly(1), Constant(2), Private(4), AllScope(8), Unspecified(16);

    private final long bits;

    ScopedItemOptions(long bits) {
        this.bits = bits;
    }

    @Override
    public long bits() {
        return bits;
    }

    /** The value scripts see for a set of bits: the single constant, or a combination ("ReadOnly, AllScope"). */
    public static Object of(long bits) {
        return FlagsValue.parse(ScopedItemOptions.class, bits);
    }

    /** Bits of an -Option argument ("ReadOnly,AllScope", a constant, a number). */
    public static long bitsOf(Object value) {
        long bits = 0;
        for (Object item : LanguagePrimitives.toList(value)) {
            Object v = FlagsValue.parse(ScopedItemOptions.class, item);
            bits |= v instanceof FlagsEnum e ? e.bits() : ((Number) v).longValue();
        }
        return bits;
    }
}

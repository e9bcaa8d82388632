package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.List;

/** A combination of [Flags] enum constants (e.g. ReadOnly, Hidden); a number for conversions. */
public final class FlagsValue extends Number {

    private final Class<? extends Enum<?>> type;
    private final long bits;

    public FlagsValue(Class<? extends Enum<?>> type, long bits) {
        this.type = type;
        this.bits = bits;
    }

    /** Converts a name list ("ReadOnly,Hidden"), a number, a constant or a combination to the flags type. */
    public static Object parse(Class<? extends Enum<?>> type, Object value) {
        Object v = LanguagePrimitives.base(value);
        if (v instanceof FlagsValue f) {
            return f;
        }
        if (type.isInstance(v)) {
            return v;
        }
        long bits = 0;
        if (v instanceof Number n) {
            bits = n.longValue();
        } else {
            for (String name : LanguagePrimitives.toStringValue(v).split(",")) {
                Enum<?> match = null;
                for (Enum<?> c : type.getEnumConstants()) {
                    if (c.name().equalsIgnoreCase(name.strip())) {
                        match = c;
                    }
                }
                if (match == null) {
                    throw new PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                            "Cannot convert value \"" + name.strip() + "\" to type \"" + TypeRegistry.typeNameOfClass(type)
                                    + "\". Error: \"Unable to match the identifier name " + name.strip()
                                    + " to a valid enumerator name.\"");
                }
                bits |= ((FlagsEnum) match).bits();
            }
        }
        for (Enum<?> c : type.getEnumConstants()) {
            if (((FlagsEnum) c).bits() == bits) {
                return c;
            }
        }
        return new FlagsValue(type, bits);
    }

    /** The [Flags] enum this is a combination of. */
    public Class<? extends Enum<?>> enumType() {
        return type;
    }

    public boolean HasFlag(Object flag) {
        Object f = LanguagePrimitives.base(flag);
        long wanted = f instanceof FlagsEnum e ? e.bits() : f instanceof FlagsValue v ? v.bits : LanguagePrimitives.toNumber(f).longValue();
        return (bits & wanted) == wanted;
    }

    @Override
    public int intValue() {
        return (int) bits;
    }

    @Override
    public long longValue() {
        return bits;
    }

    @Override
    public float floatValue() {
        return bits;
    }

    @Override
    public double doubleValue() {
        return bits;
    }

    /**
     * Enum.ToString of a [Flags] value (.NET's InternalFlagsFormat): the names are taken greedily
     * from the largest value down and shown in ascending order; bits no name covers leave the number.
     */
    @Override
    public String toString() {
        Enum<?>[] constants = type.getEnumConstants();
        List<Enum<?>> sorted = new ArrayList<>(List.of(constants));
        sorted.sort((x, y) -> Long.compare(((FlagsEnum) y).bits(), ((FlagsEnum) x).bits()));
        long rest = bits;
        List<String> names = new ArrayList<>();
        for (Enum<?> c : sorted) {
            long b = ((FlagsEnum) c).bits();
            if (b != 0 && (rest & b) == b) {
                rest -= b;
                names.add(0, c.name());
            }
        }
        if (rest != 0) {
            return Long.toString(bits);
        }
        if (names.isEmpty()) {
            for (Enum<?> c : constants) {
                if (((FlagsEnum) c).bits() == 0) {
                    return c.name();
                }
            }
            return "0";
        }
        return String.join(", ", names);
    }
}

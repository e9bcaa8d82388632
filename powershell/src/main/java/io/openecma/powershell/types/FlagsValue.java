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

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        for (Enum<?> c : type.getEnumConstants()) {
            long b = ((FlagsEnum) c).bits();
            if (b != 0 && (bits & b) == b) {
                names.add(c.name());
            }
        }
        return String.join(", ", names);
    }
}

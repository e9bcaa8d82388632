package io.openecma.powershell.types;

import io.openecma.powershell.dotnet.DotNetConversionException;
import io.openecma.powershell.dotnet.ExtraIntegral;
import io.openecma.powershell.runtime.LanguagePrimitives;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code [sbyte]}, {@code [uint16]}, {@code [uint32]}, {@code [uint64]} (System.SByte/UInt16/UInt32/UInt64,
 * found by their System. names as in 5.1; the {@code [ushort]}/{@code [uint]}/{@code [ulong]}
 * accelerators are PowerShell 6.2+). Conversion follows LanguagePrimitives: numbers, numeric
 * strings, bools and chars; a fraction rounds to even; a value out of range is an InvalidCastException.
 */
final class ExtraIntegralTypes {

    private ExtraIntegralTypes() {
    }

    static void register(TypeRegistry registry) {
        add(registry, ExtraIntegral.Kind.SBYTE, ExtraIntegral.SByte.class);
        add(registry, ExtraIntegral.Kind.UINT16, ExtraIntegral.UInt16.class);
        add(registry, ExtraIntegral.Kind.UINT32, ExtraIntegral.UInt32.class);
        add(registry, ExtraIntegral.Kind.UINT64, ExtraIntegral.UInt64.class);
    }

    /** Statics (MinValue, MaxValue) from the value class; instance members (ToString(format)) as other numbers'. */
    private static void add(TypeRegistry registry, ExtraIntegral.Kind kind, Class<?> valueClass) {
        registry.add(kind.fullName(), valueClass, valueClass, io.openecma.powershell.types.facades.NumberMembers.class, false,
                null, v -> convert(kind, v), null);
    }

    static Object convert(ExtraIntegral.Kind kind, Object value) {
        Object v = LanguagePrimitives.base(value);
        if (v instanceof ExtraIntegral e && e.kind() == kind) {
            return e;
        }
        Number n = v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof String || v == null
                || v instanceof Enum<?> ? LanguagePrimitives.tryNumber(v) : null;
        if (n == null) {
            throw LanguagePrimitives.cannotConvert(value, kind.fullName(),
                    v instanceof String ? "Input string was not in a correct format." : null);
        }
        try {
            return ExtraIntegral.of(kind, integral(n));
        } catch (DotNetConversionException e) {
            throw LanguagePrimitives.cannotConvert(value, kind.fullName(), e.getMessage());
        }
    }

    /** The integer a number converts to: fractions round half to even, as Convert.ToUInt32(double) does. */
    private static BigInteger integral(Number n) {
        if (n instanceof ExtraIntegral e) {
            return e.bigValue();
        }
        if (n instanceof BigInteger b) {
            return b;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return BigInteger.ONE.shiftLeft(70); // out of every range
            }
            return new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        }
        if (n instanceof BigDecimal d) {
            return d.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        }
        if (n instanceof Byte b) {
            return BigInteger.valueOf(Byte.toUnsignedInt(b));
        }
        return BigInteger.valueOf(n.longValue());
    }
}

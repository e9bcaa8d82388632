package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * System.Numerics.BigInteger ({@code [bigint]}), the type of PowerShell 7's {@code 123n} literals
 * (additive to 5.1, issue #11; the type itself exists in 5.1's .NET Framework too).
 */
final class Ps7NumericTypes {

    private Ps7NumericTypes() {
    }

    static void register(TypeRegistry registry) {
        registry.registerConvertible("System.Numerics.BigInteger", BigInteger.class, Ps7NumericTypes::toBigInteger,
                "bigint");
    }

    private static Object toBigInteger(Object value) {
        Object b = LanguagePrimitives.base(value);
        if (b == null) {
            return BigInteger.ZERO;
        }
        if (b instanceof BigInteger i) {
            return i;
        }
        if (b instanceof BigDecimal d) {
            return d.setScale(0, java.math.RoundingMode.HALF_EVEN).toBigIntegerExact();
        }
        if (b instanceof Double || b instanceof Float) {
            return BigDecimal.valueOf(((Number) b).doubleValue()).setScale(0, java.math.RoundingMode.HALF_EVEN)
                    .toBigIntegerExact();
        }
        if (b instanceof Number n) {
            return BigInteger.valueOf(n.longValue());
        }
        if (b instanceof Boolean bool) {
            return bool ? BigInteger.ONE : BigInteger.ZERO;
        }
        try {
            return new BigInteger(LanguagePrimitives.toStringValue(b).trim());
        } catch (NumberFormatException e) {
            throw LanguagePrimitives.cannotConvert(value, "System.Numerics.BigInteger", e.getMessage());
        }
    }
}

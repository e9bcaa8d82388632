package io.openecma.powershell.runtime;

import io.openecma.powershell.dotnet.ExtraIntegral;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The -bnot operator as PSUnaryOperationBinder.BNot (Binders.cs) computes it: $null is -1; types
 * narrower than Int32 widen to Int32; Int32, UInt32, Int64 and UInt64 keep their type; Double and
 * Decimal take the first of Int32, UInt32, Int64, UInt64 that holds the value (DoubleOps/DecimalOps
 * .BNot); strings and other values are converted to a number first.
 */
final class BitwiseNot {
    private static final BigInteger MASK32 = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private BitwiseNot() {
    }

    static Object apply(Object operand) {
        Object v = LanguagePrimitives.base(operand);
        if (v == null) {
            return -1;
        }
        if (v instanceof Integer || v instanceof Short) {
            return ~((Number) v).intValue();
        }
        if (v instanceof Byte b) {
            return ~Byte.toUnsignedInt(b);
        }
        if (v instanceof Long l) {
            return ~l;
        }
        if (v instanceof ExtraIntegral e) {
            return switch (e.kind()) {
                case UINT32 -> ExtraIntegral.of(ExtraIntegral.Kind.UINT32, e.bigValue().xor(MASK32));
                case UINT64 -> ExtraIntegral.of(ExtraIntegral.Kind.UINT64, e.bigValue().xor(MASK64));
                default -> ~e.intValue();
            };
        }
        if (v instanceof BigInteger b) {
            return b.not();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw LanguagePrimitives.cannotConvert(v, "System.Int32", null);
            }
            return ofWhole(new BigDecimal(d), v);
        }
        if (v instanceof BigDecimal d) {
            return ofWhole(d, v);
        }
        Number n = LanguagePrimitives.toNumber(v);
        if (n == v) {
            throw LanguagePrimitives.cannotConvert(v, "System.Int32", null);
        }
        return apply(n);
    }

    /** A real number rounds half to even, then flips in the narrowest of Int32, UInt32, Int64, UInt64 that holds it. */
    private static Object ofWhole(BigDecimal d, Object original) {
        BigInteger whole = d.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        if (whole.bitLength() <= 31) {
            return ~whole.intValue();
        }
        if (whole.signum() >= 0 && whole.bitLength() <= 32) {
            return ExtraIntegral.of(ExtraIntegral.Kind.UINT32, whole.xor(MASK32));
        }
        if (whole.bitLength() <= 63) {
            return ~whole.longValue();
        }
        if (whole.signum() >= 0 && whole.bitLength() <= 64) {
            return ExtraIntegral.of(ExtraIntegral.Kind.UINT64, whole.xor(MASK64));
        }
        throw LanguagePrimitives.cannotConvert(original, "System.Int32", null);
    }
}

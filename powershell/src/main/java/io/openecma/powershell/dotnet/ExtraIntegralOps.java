package io.openecma.powershell.dotnet;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Arithmetic when an operand is an {@link ExtraIntegral} (Binders.cs BinaryNumericOp, NumericOps.cs):
 * the operation runs in the wider operand's type by .NET TypeCode order (SByte, Byte, Int16, UInt16,
 * Int32, UInt32, Int64, UInt64, then floating types): up to Int32 as Int32, UInt32 as UInt32 (as Int64
 * when the other operand is a negative signed integer), Int64, UInt64 (as Decimal when the other is
 * negative). An unsigned result outside its type, or an inexact quotient, becomes a Double.
 */
final class ExtraIntegralOps {

    private static final int SBYTE = 5;
    private static final int BYTE = 6;
    private static final int INT16 = 7;
    private static final int UINT16 = 8;
    private static final int INT32 = 9;
    private static final int UINT32 = 10;
    private static final int INT64 = 11;
    private static final int UINT64 = 12;
    private static final int FLOATING = 14;

    private ExtraIntegralOps() {
    }

    /** The operation's result; null when neither operand is an ExtraIntegral. */
    static Number apply(NumberParsing.Operator op, Number l, Number r) {
        if (!(l instanceof ExtraIntegral) && !(r instanceof ExtraIntegral)) {
            return null;
        }
        int lc = typeCode(l);
        int rc = typeCode(r);
        int opType = Math.max(lc, rc);
        if (opType >= FLOATING) {
            return NumberParsing.apply(op, standard(l, r), standard(r, l));
        }
        if (opType <= INT32) {
            return NumberParsing.apply(op, l.intValue(), r.intValue());
        }
        if (opType == INT64) {
            return NumberParsing.apply(op, l.longValue(), r.longValue());
        }
        BigInteger a = big(l);
        BigInteger b = big(r);
        if (a.signum() < 0 || b.signum() < 0) {
            // A negative signed operand: UInt32 operations run as Int64, UInt64 ones as Decimal.
            return opType == UINT32 ? NumberParsing.apply(op, a.longValue(), b.longValue())
                    : NumberParsing.apply(op, new BigDecimal(a), new BigDecimal(b));
        }
        return unsignedOp(op, a, b, opType == UINT32 ? ExtraIntegral.Kind.UINT32 : ExtraIntegral.Kind.UINT64);
    }

    private static Number unsignedOp(NumberParsing.Operator op, BigInteger a, BigInteger b, ExtraIntegral.Kind kind) {
        if ((op == NumberParsing.Operator.DIVIDE || op == NumberParsing.Operator.REMAINDER) && b.signum() == 0) {
            throw DotNetConversionException.arithmetic(NumberParsing.DIVIDE_BY_ZERO);
        }
        BigInteger result;
        switch (op) {
            case ADD -> result = a.add(b);
            case SUBTRACT -> result = a.subtract(b);
            case MULTIPLY -> result = a.multiply(b);
            case DIVIDE -> {
                BigInteger[] qr = a.divideAndRemainder(b);
                if (qr[1].signum() != 0) {
                    return a.doubleValue() / b.doubleValue();
                }
                result = qr[0];
            }
            default -> result = a.remainder(b);
        }
        return kind.holds(result) ? ExtraIntegral.of(kind, result) : (Number) result.doubleValue();
    }

    /** An operand of a floating or decimal operation: an ExtraIntegral as the type the other operand has. */
    private static Number standard(Number n, Number other) {
        if (!(n instanceof ExtraIntegral e)) {
            return n;
        }
        return other instanceof BigDecimal ? (Number) e.decimalValue() : (Number) e.doubleValue();
    }

    private static BigInteger big(Number n) {
        if (n instanceof ExtraIntegral e) {
            return e.bigValue();
        }
        if (n instanceof Byte b) {
            return BigInteger.valueOf(Byte.toUnsignedInt(b));
        }
        return n instanceof BigInteger i ? i : BigInteger.valueOf(n.longValue());
    }

    private static int typeCode(Number n) {
        if (n instanceof ExtraIntegral e) {
            return switch (e.kind()) {
                case SBYTE -> SBYTE;
                case UINT16 -> UINT16;
                case UINT32 -> UINT32;
                case UINT64 -> UINT64;
            };
        }
        if (n instanceof Byte) {
            return BYTE;
        }
        if (n instanceof Short) {
            return INT16;
        }
        if (n instanceof Integer) {
            return INT32;
        }
        if (n instanceof Long) {
            return INT64;
        }
        return FLOATING;
    }
}

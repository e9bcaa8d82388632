package io.openecma.powershell.dotnet;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The .NET integral types Java has no class for: System.SByte ({@code [sbyte]}), System.UInt16,
 * System.UInt32 and System.UInt64. A value keeps its exact number; {@link #of} builds one of a
 * kind, refusing a number outside the type's range (OverflowException's text).
 */
public abstract sealed class ExtraIntegral extends Number implements Comparable<ExtraIntegral>
        permits ExtraIntegral.SByte, ExtraIntegral.UInt16, ExtraIntegral.UInt32, ExtraIntegral.UInt64 {

    /** The types, in .NET TypeCode order among the integral ones. */
    public enum Kind {
        SBYTE("SByte", -128, 127), UINT16("UInt16", 0, 65535), UINT32("UInt32", 0, 4294967295L),
        UINT64("UInt64", BigInteger.ZERO, new BigInteger("18446744073709551615"));

        final String name;
        final BigInteger min;
        final BigInteger max;

        Kind(String name, long min, long max) {
            this(name, BigInteger.valueOf(min), BigInteger.valueOf(max));
        }

        Kind(String name, BigInteger min, BigInteger max) {
            this.name = name;
            this.min = min;
            this.max = max;
        }

        public String fullName() {
            return "System." + name;
        }

        public boolean holds(BigInteger v) {
            return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
        }
    }

    private final BigInteger value;

    ExtraIntegral(BigInteger value) {
        this.value = value;
    }

    public abstract Kind kind();

    /** A value of that kind; OverflowException's message when the number is out of its range. */
    public static ExtraIntegral of(Kind kind, BigInteger v) {
        if (!kind.holds(v)) {
            throw DotNetConversionException.arithmetic("Value was either too large or too small for " + typeWords(kind) + ".");
        }
        return switch (kind) {
            case SBYTE -> new SByte(v);
            case UINT16 -> new UInt16(v);
            case UINT32 -> new UInt32(v);
            case UINT64 -> new UInt64(v);
        };
    }

    /** How mscorlib's Overflow_* messages name the type. */
    private static String typeWords(Kind kind) {
        return kind == Kind.SBYTE ? "a signed byte" : "a " + kind.name;
    }

    public BigInteger bigValue() {
        return value;
    }

    public BigDecimal decimalValue() {
        return new BigDecimal(value);
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(ExtraIntegral o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtraIntegral e && e.kind() == kind() && e.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }

    /** System.SByte. */
    public static final class SByte extends ExtraIntegral {
        public static final SByte MinValue = new SByte(BigInteger.valueOf(-128));
        public static final SByte MaxValue = new SByte(BigInteger.valueOf(127));

        SByte(BigInteger v) {
            super(v);
        }

        @Override
        public Kind kind() {
            return Kind.SBYTE;
        }
    }

    /** System.UInt16. */
    public static final class UInt16 extends ExtraIntegral {
        public static final UInt16 MinValue = new UInt16(BigInteger.ZERO);
        public static final UInt16 MaxValue = new UInt16(Kind.UINT16.max);

        UInt16(BigInteger v) {
            super(v);
        }

        @Override
        public Kind kind() {
            return Kind.UINT16;
        }
    }

    /** System.UInt32. */
    public static final class UInt32 extends ExtraIntegral {
        public static final UInt32 MinValue = new UInt32(BigInteger.ZERO);
        public static final UInt32 MaxValue = new UInt32(Kind.UINT32.max);

        UInt32(BigInteger v) {
            super(v);
        }

        @Override
        public Kind kind() {
            return Kind.UINT32;
        }
    }

    /** System.UInt64. */
    public static final class UInt64 extends ExtraIntegral {
        public static final UInt64 MinValue = new UInt64(BigInteger.ZERO);
        public static final UInt64 MaxValue = new UInt64(Kind.UINT64.max);

        UInt64(BigInteger v) {
            super(v);
        }

        @Override
        public Kind kind() {
            return Kind.UINT64;
        }
    }
}

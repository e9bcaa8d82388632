package io.openecma.powershell.types.facades;

import java.math.BigDecimal;

/**
 * The MinValue/MaxValue statics of [int16], [byte], [single] and [decimal] (a [byte] is a Java byte
 * holding 0..255 as its unsigned bits, as the engine stores it).
 */
public final class NarrowNumberStatics {
    private NarrowNumberStatics() {
    }

    /** Statics of [int16]. */
    public static final class Int16 {
        private Int16() {
        }

        public static short getMaxValue() {
            return Short.MAX_VALUE;
        }

        public static short getMinValue() {
            return Short.MIN_VALUE;
        }
    }

    /** Statics of [byte]. */
    public static final class Byte {
        private Byte() {
        }

        public static byte getMaxValue() {
            return (byte) 0xFF;
        }

        public static byte getMinValue() {
            return 0;
        }
    }

    /** Statics of [single]. */
    public static final class Single {
        private Single() {
        }

        public static float getMaxValue() {
            return Float.MAX_VALUE;
        }

        public static float getMinValue() {
            return -Float.MAX_VALUE;
        }

        public static float getEpsilon() {
            return Float.MIN_VALUE;
        }

        public static float getNaN() {
            return Float.NaN;
        }

        public static float getPositiveInfinity() {
            return Float.POSITIVE_INFINITY;
        }

        public static float getNegativeInfinity() {
            return Float.NEGATIVE_INFINITY;
        }
    }

    /** Statics of [decimal]: 79228162514264337593543950335 is 2^96 - 1. */
    public static final class Decimal {
        private static final BigDecimal MAX = new BigDecimal("79228162514264337593543950335");

        private Decimal() {
        }

        public static BigDecimal getMaxValue() {
            return MAX;
        }

        public static BigDecimal getMinValue() {
            return MAX.negate();
        }

        public static BigDecimal getZero() {
            return BigDecimal.ZERO;
        }

        public static BigDecimal getOne() {
            return BigDecimal.ONE;
        }

        public static BigDecimal getMinusOne() {
            return BigDecimal.ONE.negate();
        }
    }
}

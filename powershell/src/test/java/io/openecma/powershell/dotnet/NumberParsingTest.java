package io.openecma.powershell.dotnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openecma.powershell.dotnet.NumberParsing.Operator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberParsingTest {
    @Test
    void literalTypes() {
        assertEquals(42, NumberParsing.scan("42"));
        assertEquals(2147483648L, NumberParsing.scan("2147483648"));
        assertEquals(new BigDecimal("9223372036854775808"), NumberParsing.scan("9223372036854775808"));
        assertEquals(1e30, NumberParsing.scan("1000000000000000000000000000000"));
        assertEquals(1.5, NumberParsing.scan("1.5"));
        assertEquals(1000.0, NumberParsing.scan("1e3"));
        assertEquals(0.5, NumberParsing.scan(".5"));
        assertEquals(5L, NumberParsing.scan("5l"));
        assertEquals(5L, NumberParsing.scan("5L"));
        assertEquals(new BigDecimal("1.5"), NumberParsing.scan("1.5d"));
        assertEquals(new BigDecimal("10"), NumberParsing.scan("10d"));
        assertEquals(1000L, NumberParsing.scan("1e3l"));
    }

    @Test
    void multipliers() {
        assertEquals(10240, NumberParsing.scan("10kb"));
        assertEquals(1048576, NumberParsing.scan("1MB"));
        assertEquals(1073741824, NumberParsing.scan("1gb"));
        assertEquals(2147483648L, NumberParsing.scan("2gb"));
        assertEquals(1099511627776L, NumberParsing.scan("1tb"));
        assertEquals(1125899906842624L, NumberParsing.scan("1pb"));
        assertEquals(1536.0, NumberParsing.scan("1.5kb"));
        assertEquals(1024L, NumberParsing.scan("1lkb"));
    }

    @Test
    void hexLiteralsAreTwosComplement() {
        assertEquals(31, NumberParsing.scan("0x1F"));
        assertEquals(31, NumberParsing.scan("0x1f"));
        assertEquals(-1, NumberParsing.scan("0xFFFFFFFF"));
        assertEquals(Integer.MIN_VALUE, NumberParsing.scan("0x80000000"));
        assertEquals(4294967296L, NumberParsing.scan("0x100000000"));
        assertEquals(-1L, NumberParsing.scan("0xFFFFFFFFFFFFFFFF"));
        assertEquals(255L, NumberParsing.scan("0xFFl"));
        assertEquals(-16, NumberParsing.scan("-0x10"));
        assertEquals(0x1d, NumberParsing.scan("0x1d"));
        assertEquals(2048, NumberParsing.scan("0x2kb"));
        assertNull(NumberParsing.scan("0x"));
        assertNull(NumberParsing.scan("0x12345678901234567"));
    }

    @Test
    void notNumbers() {
        assertNull(NumberParsing.scan("1,000"));
        assertNull(NumberParsing.scan("abc"));
        assertNull(NumberParsing.scan("1 2"));
        assertNull(NumberParsing.scan("--1"));
        assertNull(NumberParsing.scan("1e"));
        assertNull(NumberParsing.scan(""));
    }

    @Test
    void castsFromStrings() {
        assertEquals(31, NumberParsing.parse("0x1F", "System.Int32"));
        assertEquals(1000, NumberParsing.parse("1e3", "System.Int32"));
        assertEquals(42, NumberParsing.parse("  42\t\n", "System.Int32"));
        assertEquals(-7, NumberParsing.parse("-7", "System.Int32"));
        assertEquals(7, NumberParsing.parse("+7", "System.Int32"));
        assertEquals(2, NumberParsing.parse("2.5", "System.Int32"));
        assertEquals(4, NumberParsing.parse("3.5", "System.Int32"));
        assertEquals(0, NumberParsing.parse("", "System.Int32"));
        assertEquals(0, NumberParsing.parse("   ", "System.Int32"));
        assertEquals(10240, NumberParsing.parse("10kb", "System.Int32"));
        assertEquals(1.5, NumberParsing.parse("1.5", "System.Double"));
        assertEquals(new BigDecimal("1.5"), NumberParsing.parse("1.5", "System.Decimal"));
        assertEquals(new BigDecimal("2.000"), NumberParsing.parse(" 2.000 ", "System.Decimal"));
        assertEquals(new BigDecimal("1.10"), NumberParsing.parse("+1.10", "System.Decimal"));
        assertEquals(new BigDecimal("1000"), NumberParsing.parse("1e3", "System.Decimal"));
        assertEquals(5L, NumberParsing.parse("5", "System.Int64"));
    }

    @Test
    void castErrorsAreWordedAsPowerShell() {
        DotNetConversionException e = assertThrows(DotNetConversionException.class,
                () -> NumberParsing.parse("1,000", "System.Int32"));
        assertEquals("Cannot convert value \"1,000\" to type \"System.Int32\". Error: \"Input string was not in a "
                + "correct format.\"", e.getMessage());
        DotNetConversionException overflow = assertThrows(DotNetConversionException.class,
                () -> NumberParsing.parse("3000000000", "System.Int32"));
        assertEquals("Cannot convert value \"3000000000\" to type \"System.Int32\". Error: \"Value was either too "
                + "large or too small for an Int32.\"", overflow.getMessage());
        assertThrows(DotNetConversionException.class, () -> NumberParsing.parse("abc", "System.Double"));
    }

    @Test
    void numericConversionsUseBankersRounding() {
        assertEquals(2, NumberParsing.convert(2.5, "System.Int32"));
        assertEquals(4, NumberParsing.convert(3.5, "System.Int32"));
        assertEquals(-2, NumberParsing.convert(-2.5, "System.Int32"));
        assertEquals(3, NumberParsing.convert(2.51, "System.Int32"));
        assertEquals(2, NumberParsing.convert(new BigDecimal("2.5"), "System.Int32"));
        assertEquals(1, NumberParsing.convert(true, "System.Int32"));
        assertEquals((byte) 200, NumberParsing.convert(200, "System.Byte"));
        assertEquals(new BigDecimal("0.1"), NumberParsing.convert(0.1, "System.Decimal"));
        assertEquals(new BigDecimal("0.333333333333333"), NumberParsing.convert(1.0 / 3, "System.Decimal"));
        DotNetConversionException e = assertThrows(DotNetConversionException.class,
                () -> NumberParsing.convert(3e9, "System.Int32"));
        assertEquals("Cannot convert value \"3000000000\" to type \"System.Int32\". Error: \"Value was either too "
                + "large or too small for an Int32.\"", e.getMessage());
        assertThrows(DotNetConversionException.class, () -> NumberParsing.convert(256, "System.Byte"));
        assertThrows(DotNetConversionException.class, () -> NumberParsing.convert(Double.NaN, "System.Int32"));
    }

    @Test
    void int32OverflowWidensToDouble() {
        assertEquals(2147483648.0, NumberParsing.apply(Operator.ADD, Integer.MAX_VALUE, 1));
        assertEquals(-2147483649.0, NumberParsing.apply(Operator.SUBTRACT, Integer.MIN_VALUE, 1));
        assertEquals(4611686014132420609.0, NumberParsing.apply(Operator.MULTIPLY, Integer.MAX_VALUE,
                Integer.MAX_VALUE));
        assertEquals(3, NumberParsing.apply(Operator.ADD, 1, 2));
    }

    @Test
    void int64OverflowWidensToDouble() {
        assertEquals(9223372036854775808.0, NumberParsing.apply(Operator.ADD, Long.MAX_VALUE, 1));
        assertEquals(3L, NumberParsing.apply(Operator.ADD, 1L, 2));
        assertEquals(3L, NumberParsing.apply(Operator.ADD, 1, 2L));
    }

    @Test
    void division() {
        assertEquals(3, NumberParsing.apply(Operator.DIVIDE, 6, 2));
        assertEquals(3.5, NumberParsing.apply(Operator.DIVIDE, 7, 2));
        assertEquals(4L, NumberParsing.apply(Operator.DIVIDE, 8L, 2));
        assertEquals(2147483648.0, NumberParsing.apply(Operator.DIVIDE, Integer.MIN_VALUE, -1));
        assertEquals(1, NumberParsing.apply(Operator.REMAINDER, 7, 3));
        assertEquals(-1, NumberParsing.apply(Operator.REMAINDER, -7, 3));
        assertEquals(0, NumberParsing.apply(Operator.REMAINDER, Integer.MIN_VALUE, -1));
        assertEquals(Double.POSITIVE_INFINITY, NumberParsing.apply(Operator.DIVIDE, 1.0, 0));
        DotNetConversionException e = assertThrows(DotNetConversionException.class,
                () -> NumberParsing.apply(Operator.DIVIDE, 1, 0));
        assertEquals("Attempted to divide by zero.", e.getMessage());
        assertThrows(DotNetConversionException.class, () -> NumberParsing.apply(Operator.REMAINDER, 1L, 0L));
        assertThrows(DotNetConversionException.class,
                () -> NumberParsing.apply(Operator.DIVIDE, BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void decimalWinsOverDouble() {
        assertEquals(new BigDecimal("2.5"), NumberParsing.apply(Operator.ADD, new BigDecimal("1"), 1.5));
        assertEquals(new BigDecimal("2.50"), NumberParsing.apply(Operator.ADD, new BigDecimal("1.50"), 1));
        assertEquals(new BigDecimal("0.3333333333333333333333333333"),
                NumberParsing.apply(Operator.DIVIDE, BigDecimal.ONE, new BigDecimal("3")));
        assertEquals(new BigDecimal("6.666666666666666666666666667"),
                NumberParsing.apply(Operator.DIVIDE, new BigDecimal("20"), new BigDecimal("3")));
        assertEquals(new BigDecimal("2.5"), NumberParsing.apply(Operator.DIVIDE, new BigDecimal("10"), 4));
        assertEquals(new BigDecimal("0.3"), NumberParsing.apply(Operator.ADD, new BigDecimal("0.1"),
                new BigDecimal("0.2")));
        DotNetConversionException e = assertThrows(DotNetConversionException.class,
                () -> NumberParsing.apply(Operator.MULTIPLY, NumberParsing.DECIMAL_MAX, 2));
        assertEquals("Value was either too large or too small for a Decimal.", e.getMessage());
    }

    @Test
    void doubleWinsOverIntegers() {
        assertEquals(3.5, NumberParsing.apply(Operator.ADD, 1, 2.5));
        assertEquals(0.30000000000000004, NumberParsing.apply(Operator.ADD, 0.1, 0.2));
    }

    @Test
    void otherOperands() {
        assertEquals(2, NumberParsing.apply(Operator.ADD, 1, true));
        assertEquals(5, NumberParsing.apply(Operator.ADD, null, 5));
        assertEquals(43, NumberParsing.apply(Operator.ADD, 1, "42"));
        assertEquals(32, NumberParsing.apply(Operator.ADD, 1, "0x1F"));
        assertEquals(3.5, NumberParsing.apply(Operator.ADD, 1, "2.5"));
        assertEquals(4, NumberParsing.apply(Operator.ADD, (byte) 1, (short) 3));
        assertEquals(300, NumberParsing.apply(Operator.ADD, (byte) 200, (byte) 100));
        assertEquals(200, NumberParsing.convert((byte) 200, "System.Int32"));
        assertEquals((byte) 200, NumberParsing.convert((byte) 200, "System.Byte"));
        DotNetConversionException e = assertThrows(DotNetConversionException.class,
                () -> NumberParsing.apply(Operator.ADD, 1, "abc"));
        assertEquals("Cannot convert value \"abc\" to type \"System.Int32\". Error: \"Input string was not in a "
                + "correct format.\"", e.getMessage());
    }
}

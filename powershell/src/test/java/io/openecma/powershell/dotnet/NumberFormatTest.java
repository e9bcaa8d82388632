package io.openecma.powershell.dotnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings are what .NET Framework 4.x (Windows PowerShell 5.1) prints. */
class NumberFormatTest {
    private static final DotNetCulture US = DotNetCulture.EN_US;
    private static final DotNetCulture INV = DotNetCulture.INVARIANT;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1234.5678|N2|1,234.57",
        "1234.5678|N|1,234.57",
        "1234.5|N0|1,235",
        "-1234.5|N1|-1,234.5",
        "0.125|F2|0.13",
        "2.675|F2|2.68",
        "1.005|F2|1.01",
        "-0.001|F2|0.00",
        "1234.5678|F|1234.57",
        "0.5|P|50.00 %",
        "0.1234|P1|12.3 %",
        "-0.1234|P0|-12 %",
        "1234.567|C|$1,234.57",
        "-1234.567|C|($1,234.57)",
        "1234.5678|E|1.234568E+003",
        "1234.5678|e2|1.23e+003",
        "0.00012|E1|1.2E-004",
        "0.1|G|0.1",
        "0.30000000000000004|G|0.3",
        "1E+15|G|1E+15",
        "123456789012345|G|123456789012345",
        "0.0001|G|0.0001",
        "0.00001|G|1E-05",
        "1234.5678|G3|1.23E+03",
        "1234.5678|G6|1234.57",
        "0.1|R|0.1",
        "0.3333333333333333|R|0.33333333333333331",
        "1.5|00.00|01.50",
        "1234567.891|#,##0.00|1,234,567.89",
        "0.5|#.##|.5",
        "0|#.##|``",
        "0.256|0%|26%",
        "1234567|#,##0,,|1",
        "1234567|0,,.0|1.2",
        "1234567|0.0,,|1234567.0",
        "-5|0;(0)|(5)",
        "0|0;(0);zero|zero",
        "-0.001|0.00;(0.00);zero|zero",
        "12345|#-##|123-45",
        "12.3|0.00 'kg'|12.30 kg",
        "1234.5|0.0E+00|1.2E+03",
        "0.00123|0.00e0|1.23e-3",
        "5|\\#0|#5",
        "-12.5|0|-13"})
    void formatsDoubles(double value, String format, String expected) {
        assertEquals(expected, NumberFormat.format(value, format, US));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42|D5|00042",
        "-42|D5|-00042",
        "255|X|FF",
        "255|x4|00ff",
        "-1|X|FFFFFFFF",
        "1234567|N0|1,234,567",
        "42|G|42",
        "12345|G3|1.23E+04",
        "5|P0|500 %",
        "3|000|003",
        "-3|000|-003",
        "1234|#,#|1,234",
        "42|C0|$42"})
    void formatsInt32(int value, String format, String expected) {
        assertEquals(expected, NumberFormat.format(value, format, US));
    }

    @Test
    void formatsInt64AndDecimal() {
        assertEquals("FFFFFFFFFFFFFFFF", NumberFormat.format(-1L, "X", US));
        assertEquals("9223372036854775807", NumberFormat.toString(Long.MAX_VALUE, US));
        assertEquals("1.50", NumberFormat.toString(new BigDecimal("1.50"), INV));
        assertEquals("2.68", NumberFormat.format(new BigDecimal("2.675"), "F2", US));
        assertEquals("-2.68", NumberFormat.format(new BigDecimal("-2.675"), "N2", US));
        assertEquals("0.1", NumberFormat.toString(new BigDecimal("0.1"), INV));
        assertEquals("1,000,000.00", NumberFormat.format(new BigDecimal("1000000"), "N", US));
    }

    @Test
    void defaultDoubleToStringHasFifteenDigits() {
        assertEquals("0.333333333333333", NumberFormat.toString(1.0 / 3, INV));
        assertEquals("3.14159265358979", NumberFormat.toString(Math.PI, INV));
        assertEquals("1E+20", NumberFormat.toString(1e20, INV));
        assertEquals("2147483648", NumberFormat.toString(2147483648.0, INV));
        assertEquals("-1.5", NumberFormat.toString(-1.5, INV));
        assertEquals("0", NumberFormat.toString(-0.0, INV));
        assertEquals("1.23456789012346E-07", NumberFormat.toString(1.23456789012346E-07, INV));
    }

    @Test
    void specialDoubles() {
        assertEquals("NaN", NumberFormat.toString(Double.NaN, INV));
        assertEquals("Infinity", NumberFormat.format(Double.POSITIVE_INFINITY, "N2", INV));
        assertEquals("-Infinity", NumberFormat.toString(Double.NEGATIVE_INFINITY, INV));
    }

    @Test
    void singlePrecisionUsesSevenDigits() {
        assertEquals("0.1", NumberFormat.toString(0.1f, INV));
        assertEquals("3.141593", NumberFormat.toString((float) Math.PI, INV));
    }

    @Test
    void bytesAreUnsigned() {
        assertEquals("200", NumberFormat.toString((byte) 200, INV));
        assertEquals("C8", NumberFormat.format((byte) 200, "X", INV));
        assertEquals("00200", NumberFormat.format((byte) 200, "D5", INV));
    }

    @Test
    void invariantCurrencySymbol() {
        assertEquals("\u00a41.50", NumberFormat.format(1.5, "C", INV));
    }

    @Test
    void integerOnlySpecifiersRejectDoubles() {
        DotNetFormatException e = assertThrows(DotNetFormatException.class, () -> NumberFormat.format(1.5, "D", US));
        assertEquals("Format specifier was invalid.", e.getMessage());
        assertThrows(DotNetFormatException.class, () -> NumberFormat.format(1.5, "X2", US));
        assertThrows(DotNetFormatException.class, () -> NumberFormat.format(1, "Q", US));
    }
}

package io.openecma.powershell.dotnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeFormatTest {
    private static String f(String format, Object... args) {
        return CompositeFormat.format(format, Arrays.asList(args), DotNetCulture.EN_US);
    }

    @Test
    void indexesAndEscapes() {
        assertEquals("b a b", f("{1} {0} {1}", "a", "b"));
        assertEquals("{literal} 5", f("{{literal}} {0}", 5));
        assertEquals("{5}", f("{{{0}}}", 5));
        assertEquals("", f(""));
        assertEquals("null: []", f("null: [{0}]", (Object) null));
    }

    @Test
    void alignment() {
        assertEquals("[        ab]", f("[{0,10}]", "ab"));
        assertEquals("[ab        ]", f("[{0,-10}]", "ab"));
        assertEquals("[toolong]", f("[{0,3}]", "toolong"));
        assertEquals("[   3.14]", f("[{0,7:N2}]", 3.14159));
        assertEquals("[3.14   ]", f("[{0 , -7 :N2}]", 3.14159));
    }

    @Test
    void numberFormats() {
        assertEquals("1,234.57", f("{0:N2}", 1234.5678));
        assertEquals("00042", f("{0:D5}", 42));
        assertEquals("0x00FF", f("0x{0:X4}", 255));
        assertEquals("50.00 %", f("{0:P}", 0.5));
        assertEquals("12.50", f("{0:0.00}", new BigDecimal("12.5")));
        assertEquals("3.5", f("{0}", 3.5));
    }

    @Test
    void dateFormats() {
        DotNetDateTime dt = new DotNetDateTime(LocalDateTime.of(2024, 1, 31, 14, 5, 9), DotNetDateTime.Kind.UNSPECIFIED);
        assertEquals("2024-01-31", f("{0:yyyy-MM-dd}", dt));
        assertEquals("1/31/2024 2:05:09 PM", f("{0}", dt));
    }

    @Test
    void formatStringMayContainEscapedBraces() {
        assertEquals("{5}", f("{0:{{0}}}", 5));
    }

    @Test
    void otherValuesUseTheCallersFormatter() {
        String s = CompositeFormat.format("<{0}>", List.of(new Object()), DotNetCulture.EN_US,
                (v, fmt, c) -> "custom");
        assertEquals("<custom>", s);
    }

    @Test
    void errors() {
        DotNetFormatException e = assertThrows(DotNetFormatException.class, () -> f("{1}", "a"));
        assertEquals("Index (zero based) must be greater than or equal to zero and less than the size of the "
                + "argument list.", e.getMessage());
        for (String bad : List.of("{", "}", "{0", "{a}", "{0,}", "x } y", "{-1}", "{0:N2")) {
            DotNetFormatException ex = assertThrows(DotNetFormatException.class, () -> f(bad, 1), bad);
            assertEquals("Input string was not in a correct format.", ex.getMessage());
        }
    }
}

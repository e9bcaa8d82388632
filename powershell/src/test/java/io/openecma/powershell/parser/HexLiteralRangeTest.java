package io.openecma.powershell.parser;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A hex literal must fit in 64 bits (tokenizer.cs); the error spans the literal, as PowerShell's
 * Parsing.Tests.ps1 "Should get correct offsets for number constant parsing error" expects.
 */
class HexLiteralRangeTest {

    @Test
    void seventeenHexDigitsAreABadNumericConstant() {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parseScript("t.ps1", "$n = 0x10000000000000000"));
        ParseException first = e.errors().get(0);
        assertEquals("BadNumericConstant", first.errorId());
        assertEquals(5, first.offset());
        assertEquals(24, first.endOffset());
    }

    @Test
    void sixtyFourBitsStillParse() {
        assertDoesNotThrow(() -> Parser.parseScript("t.ps1", "0xFFFFFFFFFFFFFFFF; 0x7FFFFFFF"));
    }
}

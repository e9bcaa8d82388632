package io.openecma.powershell.cmdlets.results;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 5.1's ByteCollection.ToString(): rows of 16, 8-digit offsets, CRLF after a full row only without a path. */
class ByteCollectionTest {

    private static final String FULL_ROW = "00000000   61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 6F 70  abcdefghijklmnop";

    @Test
    void breaksInputObjectRowsWithCrLfIncludingAfterTheLastFullRow() {
        byte[] bytes = "abcdefghijklmnopq".getBytes(StandardCharsets.US_ASCII);
        assertEquals(FULL_ROW + "\r\n" + "00000010   71" + " ".repeat(45) + "  q" + " ".repeat(15),
                new ByteCollection(0, bytes, null).toString());
        assertEquals(FULL_ROW + "\r\n", new ByteCollection(0, "abcdefghijklmnop".getBytes(StandardCharsets.US_ASCII), null).toString());
    }

    @Test
    void writesAFileRowWithoutLineBreakAndFromItsOffset() {
        byte[] bytes = "abcdefghijklmnop".getBytes(StandardCharsets.US_ASCII);
        assertEquals(FULL_ROW.replace("00000000", "00000020"), new ByteCollection(32, bytes, "/f.txt").toString());
    }

    @Test
    void showsBytesOutsidePrintableRangeAsDots() {
        String row = new ByteCollection(0, new byte[] {0x1F, 0x20, (byte) 0xFE, (byte) 0xFF}, null).toString();
        assertEquals("00000000   1F 20 FE FF" + " ".repeat(36) + "  . \u00FE." + " ".repeat(12), row);
    }

    @Test
    void isEmptyForNoBytes() {
        assertEquals("", new ByteCollection(0, new byte[0], null).toString());
    }
}

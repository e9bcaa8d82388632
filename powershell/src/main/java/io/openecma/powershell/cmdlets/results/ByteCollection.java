package io.openecma.powershell.cmdlets.results;

import io.openecma.powershell.dotnet.ExtraIntegral;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Microsoft.PowerShell.Commands.ByteCollection as Windows PowerShell 5.1 defines it (UtilityCommon.cs):
 * a UInt32 Offset, the Bytes and the file Path (null for -InputObject). ToString() is the hex dump:
 * rows of 16 bytes, each "OFFSET(8 hex digits)   XX XX ... " then a space and the bytes as
 * characters (0x20..0xFE as the character, anything else '.'); a short last row is padded to full
 * width. Without a Path every completed row is followed by "\r\n" (5.1 writes it literally).
 * PowerShell 6.x+ changed this (16-digit Offset64, a Label, U+FFFD for control characters).
 */
public final class ByteCollection {
    private static final int BYTES_PER_LINE = 16;

    private final long offset;
    private final Byte[] bytes;
    private final String path;

    public ByteCollection(long offset, byte[] value, String path) {
        this.offset = offset;
        this.bytes = new Byte[value.length];
        for (int i = 0; i < value.length; i++) {
            bytes[i] = value[i];
        }
        this.path = path;
    }

    public Object getOffset() {
        return ExtraIntegral.of(ExtraIntegral.Kind.UINT32, BigInteger.valueOf(offset));
    }

    public Byte[] getBytes() {
        return bytes.clone();
    }

    public String getPath() {
        return path;
    }

    @Override
    public String toString() {
        StringBuilder result = new StringBuilder();
        if (bytes.length == 0) {
            return "";
        }
        long rowOffset = offset;
        StringBuilder hex = new StringBuilder(offsetText(rowOffset));
        StringBuilder chars = new StringBuilder();
        int counter = 0;
        for (Byte b : bytes) {
            int v = b & 0xFF;
            hex.append(String.format(Locale.ROOT, "%02X ", v));
            chars.append(v >= 0x20 && v <= 0xFE ? (char) v : '.');
            counter++;
            if (counter % BYTES_PER_LINE == 0) {
                result.append(hex).append(' ').append(chars);
                rowOffset += BYTES_PER_LINE;
                hex.setLength(0);
                hex.append(offsetText(rowOffset));
                chars.setLength(0);
                if (path == null || path.isEmpty()) {
                    result.append("\r\n");
                }
            }
        }
        if (counter % BYTES_PER_LINE != 0) {
            while (counter % BYTES_PER_LINE != 0) {
                hex.append("   ");
                chars.append(' ');
                counter++;
            }
            result.append(hex).append(' ').append(chars);
        }
        return result.toString();
    }

    private static String offsetText(long offset) {
        return String.format(Locale.ROOT, "%08X   ", offset & 0xFFFFFFFFL);
    }
}

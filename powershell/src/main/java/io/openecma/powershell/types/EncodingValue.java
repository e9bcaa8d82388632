package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A System.Text.Encoding instance: a charset with .NET's names, code page and preamble (the byte
 * order mark a StreamWriter or File.WriteAllText writes first; [Text.Encoding]::UTF8 has one,
 * {@code New-Object Text.UTF8Encoding $false} has none).
 */
public final class EncodingValue {
    private static final byte[] NONE = new byte[0];

    private final Charset charset;
    private final String webName;
    private final String encodingName;
    private final int codePage;
    private final byte[] preamble;

    public EncodingValue(Charset charset, String webName) {
        this(charset, webName, charset.displayName(), 0, NONE);
    }

    public EncodingValue(Charset charset, String webName, String encodingName, int codePage, byte[] preamble) {
        this.charset = charset;
        this.webName = webName;
        this.encodingName = encodingName;
        this.codePage = codePage;
        this.preamble = preamble.clone();
    }

    public static EncodingValue utf8(boolean bom) {
        return new EncodingValue(StandardCharsets.UTF_8, "utf-8", "Unicode (UTF-8)", 65001,
                bom ? new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : NONE);
    }

    public static EncodingValue unicode(boolean bigEndian, boolean bom) {
        return bigEndian
                ? new EncodingValue(StandardCharsets.UTF_16BE, "utf-16BE", "Unicode (Big-Endian)", 1201,
                bom ? new byte[]{(byte) 0xFE, (byte) 0xFF} : NONE)
                : new EncodingValue(StandardCharsets.UTF_16LE, "utf-16", "Unicode", 1200,
                bom ? new byte[]{(byte) 0xFF, (byte) 0xFE} : NONE);
    }

    public static EncodingValue utf32(boolean bigEndian, boolean bom) {
        return bigEndian
                ? new EncodingValue(Charset.forName("UTF-32BE"), "utf-32BE", "Unicode (UTF-32 Big-Endian)", 12001,
                bom ? new byte[]{0, 0, (byte) 0xFE, (byte) 0xFF} : NONE)
                : new EncodingValue(Charset.forName("UTF-32LE"), "utf-32", "Unicode (UTF-32)", 12000,
                bom ? new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0} : NONE);
    }

    public static EncodingValue ascii() {
        return new EncodingValue(StandardCharsets.US_ASCII, "us-ascii", "US-ASCII", 20127, NONE);
    }

    public static EncodingValue latin1() {
        return new EncodingValue(StandardCharsets.ISO_8859_1, "iso-8859-1", "Western European (ISO)", 28591, NONE);
    }

    public static EncodingValue windows1252() {
        return new EncodingValue(Charset.forName("windows-1252"), "Windows-1252", "Western European (Windows)", 1252, NONE);
    }

    public Charset charset() {
        return charset;
    }

    /** The preamble as raw bytes, for writers. */
    public byte[] preamble() {
        return preamble.clone();
    }

    public String getWebName() {
        return webName;
    }

    public String getBodyName() {
        return webName;
    }

    public String getHeaderName() {
        return webName;
    }

    public String getEncodingName() {
        return encodingName;
    }

    public int getCodePage() {
        return codePage;
    }

    public int getWindowsCodePage() {
        return codePage == 20127 || codePage == 65001 || codePage == 28591 ? 1252 : codePage;
    }

    public boolean getIsSingleByte() {
        return codePage == 20127 || codePage == 28591 || codePage == 1252;
    }

    public byte[] GetPreamble() {
        return preamble.clone();
    }

    public byte[] GetBytes(String s) {
        if (s == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: s").withParamName("s");
        }
        return s.getBytes(charset);
    }

    public byte[] GetBytes(Character[] chars) {
        StringBuilder sb = new StringBuilder();
        for (Character c : chars) {
            sb.append(c.charValue());
        }
        return sb.toString().getBytes(charset);
    }

    public int GetByteCount(String s) {
        return GetBytes(s).length;
    }

    public String GetString(Object bytes) {
        byte[] raw = bytes(bytes);
        return new String(raw, charset);
    }

    public String GetString(Object bytes, int index, int count) {
        byte[] raw = bytes(bytes);
        if (index < 0 || count < 0 || index + count > raw.length) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Index and count must refer to a location within the buffer.\r\nParameter name: bytes").withParamName("bytes");
        }
        return new String(raw, index, count, charset);
    }

    public Character[] GetChars(Object bytes) {
        String s = GetString(bytes);
        Character[] out = new Character[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.charAt(i);
        }
        return out;
    }

    public int GetCharCount(Object bytes) {
        return GetString(bytes).length();
    }

    /** A byte[] as scripts hold it (Byte[], byte[], or any list of numbers 0..255). */
    public static byte[] bytes(Object value) {
        Object b = LanguagePrimitives.unwrapNull(value);
        if (b == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: bytes")
                    .withParamName("bytes");
        }
        if (b instanceof byte[] raw) {
            return raw;
        }
        List<Object> items = LanguagePrimitives.toList(b);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Byte) LanguagePrimitives.convertTo(items.get(i), Byte.class);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodingValue e && e.codePage == codePage && e.charset.equals(charset)
                && java.util.Arrays.equals(e.preamble, preamble);
    }

    @Override
    public int hashCode() {
        return charset.hashCode();
    }

    @Override
    public String toString() {
        return "System.Text." + switch (codePage) {
            case 65001 -> "UTF8Encoding";
            case 1200, 1201 -> "UnicodeEncoding";
            case 12000, 12001 -> "UTF32Encoding";
            case 20127 -> "ASCIIEncoding";
            default -> "SBCSCodePageEncoding";
        };
    }
}

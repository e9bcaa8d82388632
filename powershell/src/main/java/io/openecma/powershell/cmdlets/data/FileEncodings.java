package io.openecma.powershell.cmdlets.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The -Encoding names of Windows PowerShell 5.1's file cmdlets and the bytes they mean. 5.1
 * defaults differ per cmdlet: Set-Content/Add-Content/Get-Content "Default" (the ANSI code page,
 * Windows-1252 for en-US), Out-File "Unicode" (UTF-16LE with BOM), Export-Csv "ASCII"; "UTF8"
 * writes a BOM. Reading honours a BOM before anything else.
 */
enum FileEncodings {
    DEFAULT(Charset.forName("windows-1252"), new byte[0]),
    UNICODE(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    BIG_ENDIAN_UNICODE(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
    UTF8(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF32(Charset.forName("UTF-32LE"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}),
    BIG_ENDIAN_UTF32(Charset.forName("UTF-32BE"), new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}),
    /** UTF7Encoding: no preamble; bytes through {@link Utf7} (the charset is unused). */
    UTF7(StandardCharsets.US_ASCII, new byte[0]),
    ASCII(StandardCharsets.US_ASCII, new byte[0]),
    OEM(Charset.forName("IBM437"), new byte[0]);

    private final Charset charset;
    private final byte[] preamble;

    FileEncodings(Charset charset, byte[] preamble) {
        this.charset = charset;
        this.preamble = preamble;
    }

    Charset charset() {
        return charset;
    }

    byte[] preamble() {
        return preamble.clone();
    }

    /** The encoding an -Encoding argument names; null gives {@code fallback}. */
    static FileEncodings named(String name, FileEncodings fallback) {
        if (name == null) {
            return fallback;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "default" -> DEFAULT;
            case "unicode", "string", "unknown" -> UNICODE;
            case "bigendianunicode" -> BIG_ENDIAN_UNICODE;
            case "utf8" -> UTF8;
            case "utf32" -> UTF32;
            case "bigendianutf32" -> BIG_ENDIAN_UTF32;
            case "utf7" -> UTF7;
            case "ascii" -> ASCII;
            case "oem" -> OEM;
            default -> throw new IllegalArgumentException("Cannot bind parameter 'Encoding'. Cannot convert value \""
                    + name + "\" to type \"Microsoft.PowerShell.Commands.FileSystemCmdletProviderEncoding\". "
                    + "Error: \"Unable to match the identifier name " + name + " to a valid enumerator name. "
                    + "Specify one of the following enumerator names and try again: Unknown, String, Unicode, "
                    + "Byte, BigEndianUnicode, UTF8, UTF7, UTF32, Ascii, Default, Oem, BigEndianUTF32\"");
        };
    }

    /** Decodes file bytes: a BOM wins, otherwise {@code assumed}. */
    static String decode(byte[] bytes, FileEncodings assumed) {
        if (startsWith(bytes, UTF8.preamble)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF32.preamble)) {
            return new String(bytes, 4, bytes.length - 4, UTF32.charset);
        }
        if (startsWith(bytes, BIG_ENDIAN_UTF32.preamble)) {
            return new String(bytes, 4, bytes.length - 4, BIG_ENDIAN_UTF32.charset);
        }
        if (startsWith(bytes, UNICODE.preamble)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, BIG_ENDIAN_UNICODE.preamble)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        return assumed == UTF7 ? Utf7.decode(bytes, 0, bytes.length) : new String(bytes, assumed.charset);
    }

    /** The encoding a file's BOM names, or null when it has none. */
    static FileEncodings detect(byte[] bytes) {
        for (FileEncodings e : new FileEncodings[] {UTF8, UTF32, BIG_ENDIAN_UTF32, UNICODE, BIG_ENDIAN_UNICODE}) {
            if (startsWith(bytes, e.preamble)) {
                return e;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (prefix.length == 0 || bytes.length < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** Text as file bytes, with this encoding's BOM unless {@code appending}. */
    byte[] encode(String text, boolean appending) {
        byte[] body = this == UTF7 ? Utf7.encode(text) : text.getBytes(charset);
        if (appending || preamble.length == 0) {
            return body;
        }
        byte[] out = new byte[preamble.length + body.length];
        System.arraycopy(preamble, 0, out, 0, preamble.length);
        System.arraycopy(body, 0, out, preamble.length, body.length);
        return out;
    }
}

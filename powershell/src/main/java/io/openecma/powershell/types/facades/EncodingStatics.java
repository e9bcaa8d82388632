package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.EncodingValue;

import java.util.Locale;

/** Statics of [System.Text.Encoding]: the standard encodings (with their byte order marks) and GetEncoding. */
public final class EncodingStatics {
    private EncodingStatics() {
    }

    public static EncodingValue getUTF8() {
        return EncodingValue.utf8(true);
    }

    public static EncodingValue getASCII() {
        return EncodingValue.ascii();
    }

    public static EncodingValue getUnicode() {
        return EncodingValue.unicode(false, true);
    }

    public static EncodingValue getBigEndianUnicode() {
        return EncodingValue.unicode(true, true);
    }

    public static EncodingValue getUTF32() {
        return EncodingValue.utf32(false, true);
    }

    public static EncodingValue getUTF7() {
        throw new PSRuntimeException("System.NotSupportedException", "UTF-7 is not supported by this engine.");
    }

    /** Windows PowerShell 5.1 on a Western-European system: the ANSI code page 1252. */
    public static EncodingValue getDefault() {
        return EncodingValue.windows1252();
    }

    public static EncodingValue GetEncoding(int codepage) {
        return switch (codepage) {
            case 65001 -> EncodingValue.utf8(true);
            case 1200 -> EncodingValue.unicode(false, true);
            case 1201 -> EncodingValue.unicode(true, true);
            case 12000 -> EncodingValue.utf32(false, true);
            case 12001 -> EncodingValue.utf32(true, true);
            case 20127 -> EncodingValue.ascii();
            case 28591 -> EncodingValue.latin1();
            case 0, 1252 -> EncodingValue.windows1252();
            default -> throw new PSRuntimeException("System.NotSupportedException", "No data is available for encoding "
                    + codepage + ". For information on defining a custom encoding, see the documentation for the "
                    + "Encoding.RegisterProvider method.");
        };
    }

    public static EncodingValue GetEncoding(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode-2-0-utf-8", "x-unicode20utf8" -> EncodingValue.utf8(true);
            case "utf-16", "utf-16le", "unicode", "ucs-2", "iso-10646-ucs-2", "unicodefffe" ->
                    n.equals("unicodefffe") ? EncodingValue.unicode(true, true) : EncodingValue.unicode(false, true);
            case "utf-16be" -> EncodingValue.unicode(true, true);
            case "utf-32", "utf-32le" -> EncodingValue.utf32(false, true);
            case "utf-32be" -> EncodingValue.utf32(true, true);
            case "us-ascii", "ascii", "us", "ansi_x3.4-1968", "iso646-us", "cp367" -> EncodingValue.ascii();
            case "iso-8859-1", "latin1", "l1", "iso_8859-1", "cp819" -> EncodingValue.latin1();
            case "windows-1252", "cp1252", "x-ansi" -> EncodingValue.windows1252();
            default -> throw new PSRuntimeException("System.ArgumentException", "'" + name + "' is not a supported encoding name. "
                    + "For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider "
                    + "method.\r\nParameter name: name").withParamName("name");
        };
    }
}

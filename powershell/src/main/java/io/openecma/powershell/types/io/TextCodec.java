package io.openecma.powershell.types.io;

import io.openecma.powershell.types.EncodingValue;

import java.util.ArrayList;
import java.util.List;

/** How .NET's StreamReader/File read text: a byte order mark wins over the given encoding (UTF-8 by default). */
final class TextCodec {
    private TextCodec() {
    }

    static EncodingValue detect(byte[] bytes, EncodingValue assumed) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return EncodingValue.utf8(true);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return EncodingValue.utf32(false, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return EncodingValue.unicode(false, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return EncodingValue.unicode(true, true);
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return EncodingValue.utf32(true, true);
        }
        return assumed == null ? EncodingValue.utf8(false) : assumed;
    }

    static String decode(byte[] bytes, EncodingValue assumed, boolean detectBom) {
        EncodingValue e = detectBom ? detect(bytes, assumed) : (assumed == null ? EncodingValue.utf8(false) : assumed);
        int skip = startsWith(bytes, e.preamble()) ? e.preamble().length : 0;
        return new String(bytes, skip, bytes.length - skip, e.charset());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (prefix.length == 0 || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Lines as StreamReader.ReadLine splits them: on \r\n, \n or \r; a final line break adds no empty line. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.add(text.substring(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}

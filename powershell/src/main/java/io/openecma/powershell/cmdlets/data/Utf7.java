package io.openecma.powershell.cmdlets.data;

import java.io.ByteArrayOutputStream;

/**
 * UTF-7 (RFC 2152) as .NET's UTF7Encoding writes it without optional direct characters
 * (Encoding.UTF7, 5.1's -Encoding UTF7): letters, digits, {@code '(),-./:?}, space, tab, CR and LF
 * as themselves, {@code +} as {@code +-}, every other UTF-16 unit in a {@code +...} base64 run.
 * The JDK has no UTF-7 charset.
 */
final class Utf7 {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String DIRECT = "'(),-./:? \t\r\n";

    private Utf7() {
    }

    private static boolean direct(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || DIRECT.indexOf(c) >= 0);
    }

    static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (direct(c)) {
                out.write(c);
                i++;
            } else if (c == '+') {
                out.write('+');
                out.write('-');
                i++;
            } else {
                out.write('+');
                int bits = 0;
                int count = 0;
                while (i < text.length() && !direct(text.charAt(i)) && text.charAt(i) != '+') {
                    bits = bits << 16 | text.charAt(i++);
                    count += 16;
                    while (count >= 6) {
                        count -= 6;
                        out.write(BASE64.charAt(bits >> count & 0x3F));
                    }
                    bits &= (1 << count) - 1;
                }
                if (count > 0) {
                    out.write(BASE64.charAt(bits << (6 - count) & 0x3F));
                }
                if (i >= text.length() || BASE64.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '-') {
                    out.write('-');
                }
            }
        }
        return out.toByteArray();
    }

    static String decode(byte[] bytes, int offset, int length) {
        StringBuilder sb = new StringBuilder();
        int end = offset + length;
        int i = offset;
        while (i < end) {
            char c = (char) (bytes[i] & 0xFF);
            if (c != '+') {
                sb.append(c);
                i++;
                continue;
            }
            i++;
            if (i < end && bytes[i] == '-') {
                sb.append('+');
                i++;
                continue;
            }
            int bits = 0;
            int count = 0;
            while (i < end && BASE64.indexOf((char) (bytes[i] & 0xFF)) >= 0) {
                bits = bits << 6 | BASE64.indexOf((char) (bytes[i++] & 0xFF));
                count += 6;
                if (count >= 16) {
                    count -= 16;
                    sb.append((char) (bits >> count & 0xFFFF));
                    bits &= (1 << count) - 1;
                }
            }
            if (i < end && bytes[i] == '-') {
                i++;
            }
        }
        return sb.toString();
    }
}

package io.openecma.powershell.types.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * The encoders behind System.Web.HttpUtility and System.Net.WebUtility (.NET Framework 4.5+
 * HttpEncoder): URL encoding keeps letters, digits and {@code -_.!*()}, writes a space as '+'
 * and every other UTF-8 byte as %xx (lower-case hex for HttpUtility, upper-case for WebUtility);
 * HTML encoding escapes {@code < > & " '} and writes U+00A0..U+00FF and characters beyond the BMP
 * as numeric entities.
 */
public final class WebEncoding {
    private WebEncoding() {
    }

    private static final Map<String, Integer> ENTITIES = Map.ofEntries(
            Map.entry("quot", 34), Map.entry("amp", 38), Map.entry("apos", 39), Map.entry("lt", 60), Map.entry("gt", 62),
            Map.entry("nbsp", 160), Map.entry("copy", 169), Map.entry("reg", 174), Map.entry("euro", 8364),
            Map.entry("eacute", 233), Map.entry("egrave", 232), Map.entry("agrave", 224), Map.entry("ccedil", 231),
            Map.entry("uuml", 252), Map.entry("ouml", 246), Map.entry("auml", 228), Map.entry("szlig", 223),
            Map.entry("hellip", 8230), Map.entry("mdash", 8212), Map.entry("ndash", 8211), Map.entry("laquo", 171),
            Map.entry("raquo", 187), Map.entry("deg", 176), Map.entry("trade", 8482), Map.entry("times", 215));

    static boolean isUrlSafe(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.!*()".indexOf(c) >= 0;
    }

    public static String urlEncode(String s, Charset charset, boolean upperHex) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(charset)) {
            char c = (char) (b & 0xFF);
            if (c == ' ') {
                sb.append('+');
            } else if (c < 0x80 && isUrlSafe(c)) {
                sb.append(c);
            } else {
                String hex = String.format("%02x", b & 0xFF);
                sb.append('%').append(upperHex ? hex.toUpperCase(java.util.Locale.ROOT) : hex);
            }
        }
        return sb.toString();
    }

    /** '+' is a space, %xx a byte, and (HttpUtility only) %uXXXX a UTF-16 unit; malformed escapes stay as they are. */
    public static String urlDecode(String s, Charset charset, boolean percentU) {
        if (s == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && percentU && i + 5 < s.length() + 0 && s.charAt(i + 1) == 'u' && isHex(s, i + 2, 4)) {
                flush(bytes, out, charset);
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 6;
            } else if (c == '%' && i + 2 < s.length() + 0 && isHex(s, i + 1, 2)) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                flush(bytes, out, charset);
                out.append(c == '+' ? ' ' : c);
                i++;
            }
        }
        flush(bytes, out, charset);
        return out.toString();
    }

    private static boolean isHex(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out, Charset charset) {
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), charset));
            bytes.reset();
        }
    }

    public static String htmlEncode(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 160 && c < 256) {
                        sb.append("&#").append((int) c).append(';');
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append("&#").append(Character.toCodePoint(c, s.charAt(i + 1))).append(';');
                        i++;
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Named entities (the common ones), &#NNN; and &#xHH;; anything else is left as written. */
    public static String htmlDecode(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i + 1) : -1;
            if (semi > i + 1 && semi - i <= 10) {
                String entity = s.substring(i + 1, semi);
                Integer code = null;
                try {
                    if (entity.startsWith("#x") || entity.startsWith("#X")) {
                        code = Integer.parseInt(entity.substring(2), 16);
                    } else if (entity.startsWith("#")) {
                        code = Integer.parseInt(entity.substring(1));
                    } else {
                        code = ENTITIES.get(entity);
                    }
                } catch (NumberFormatException e) {
                    code = null;
                }
                if (code != null && Character.isValidCodePoint(code)) {
                    sb.appendCodePoint(code);
                    i = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}

package io.openecma.ingress.edge;

import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.UnicodeText;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the request target (path and query, as sent) before anything routes it: ASCII only, valid
 * percent escapes that decode to UTF-8 without NUL, control characters or lone surrogates, and no
 * "." or ".." path segments (which normalisation would remove, so that e.g.
 * {@code /scim/v2/x/%2e%2e/%2e%2e/q/health} would reach another endpoint).
 */
final class RequestTarget {

    private RequestTarget() {
    }

    /** The SCIM error the target earns, or null when it is acceptable. */
    static ScimException problem(String target) {
        if (target == null || target.isEmpty()) {
            return refused("the request target is empty");
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return refused(String.format("the request target contains the character U+%04X at position %d;"
                        + " percent-encode it", (int) c, i + 1));
            }
        }
        try {
            new java.net.URI(target); // what the REST layer builds from it later must not fail there
        } catch (java.net.URISyntaxException e) {
            return refused("the request target is not a valid URI: " + e.getReason() + " at position "
                    + (e.getIndex() + 1) + "; percent-encode such characters");
        }
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            String decoded;
            try {
                decoded = decode(segment);
            } catch (IllegalArgumentException e) {
                return refused("the path " + e.getMessage());
            }
            if (decoded.equals(".") || decoded.equals("..")) {
                return refused("the path contains the segment '" + decoded + "'; dot segments are not accepted");
            }
            String bad = textProblem(decoded);
            if (bad != null) {
                return refused("the path contains " + bad);
            }
        }
        if (query >= 0) {
            for (String parameter : target.substring(query + 1).split("&")) {
                int eq = parameter.indexOf('=');
                String name;
                String value;
                try {
                    name = decode(eq < 0 ? parameter : parameter.substring(0, eq));
                    value = eq < 0 ? "" : decode(parameter.substring(eq + 1));
                } catch (IllegalArgumentException e) {
                    return ScimException.invalidValue("the query " + e.getMessage());
                }
                String badName = textProblem(name);
                String badValue = textProblem(value);
                if (badName != null) {
                    return ScimException.invalidValue("a query parameter name contains " + badName);
                }
                if (badValue != null) {
                    String detail = "the query parameter '" + name + "' contains " + badValue;
                    return "filter".equalsIgnoreCase(name) ? ScimException.invalidFilter(detail)
                            : ScimException.invalidValue(detail);
                }
            }
        }
        return null;
    }

    /** NUL, lone surrogates and other control characters. */
    private static String textProblem(String text) {
        String unicode = UnicodeText.problem(text);
        if (unicode != null) {
            return unicode;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return String.format("the control character U+%04X at position %d", (int) c, i + 1);
            }
        }
        return null;
    }

    /** Percent-decodes strictly as UTF-8 ('+' stays '+': it does not matter for these checks). */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                    || Character.digit(text.charAt(i + 2), 16) < 0) {
                throw new IllegalArgumentException("contains a '%' that does not start a percent escape (%XX)");
            }
            bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            // Java's decoder also refuses surrogates encoded in UTF-8 (CESU-8 style, e.g. %ED%A0%80)
            throw new IllegalArgumentException("has percent escapes that are not valid UTF-8 (an encoded lone"
                    + " surrogate, an overlong form or a truncated sequence)");
        }
    }

    private static ScimException refused(String detail) {
        return new ScimException(400, null, detail);
    }
}

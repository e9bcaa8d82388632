package io.openecma.ingress.scim;

/**
 * Text that cannot be stored or sent on as given: a NUL character (PostgreSQL refuses it in text and
 * jsonb) or a lone UTF-16 surrogate (UTF-8 has no encoding for it, so it would become '?' and two
 * different values would collide). Refused wherever text enters: paths, queries, filters, bodies.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** What is wrong with the text (e.g. "a NUL character (U+0000) at position 3"), or null. */
    public static String problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "a NUL character (U+0000) at position " + (i + 1);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return loneSurrogate(c, i);
            }
            if (Character.isLowSurrogate(c)) {
                return loneSurrogate(c, i);
            }
        }
        return null;
    }

    private static String loneSurrogate(char c, int index) {
        return String.format("a lone UTF-16 surrogate (U+%04X) at position %d", (int) c, index + 1);
    }
}

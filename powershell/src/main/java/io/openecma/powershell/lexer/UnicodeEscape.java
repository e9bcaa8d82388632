package io.openecma.powershell.lexer;

/**
 * PowerShell 7's {@code `u{hex}} escape (tokenizer.cs ScanUnicodeEscape): one to six hex digits in
 * braces, a code point up to 0x10FFFF, which becomes one char or a surrogate pair. It is taken only
 * in bare words and braced variable names (a command or function named {@code xyzzy`u{2195}}),
 * where 5.1 reads {@code `u} as the letter u and then stops at the brace. In expandable strings and
 * here-strings 5.1's meaning wins: {@code "`u{41}"} is {@code u{41}}, as in Windows PowerShell 5.1.
 */
public final class UnicodeEscape {

    private static final int MAX_DIGITS = 6;

    private UnicodeEscape() {
    }

    /**
     * The index just after the closing brace when {@code s} holds {@code `u{hex}} with its backtick
     * at {@code backtick}, else -1.
     */
    public static int end(CharSequence s, int backtick) {
        int open = backtick + 2;
        if (open >= s.length() || s.charAt(backtick + 1) != 'u' || s.charAt(open) != '{') {
            return -1;
        }
        int i = open + 1;
        while (i < s.length() && i - open - 1 < MAX_DIGITS && Character.digit(s.charAt(i), 16) >= 0) {
            i++;
        }
        int digits = i - open - 1;
        if (digits == 0 || i >= s.length() || s.charAt(i) != '}' || codePoint(s, open + 1, i) > Character.MAX_CODE_POINT) {
            return -1;
        }
        return i + 1;
    }

    /** Appends the character(s) of the escape whose backtick is at {@code backtick} and whose end is {@code end}. */
    public static void append(CharSequence s, int backtick, int end, StringBuilder out) {
        out.appendCodePoint(codePoint(s, backtick + 3, end - 1));
    }

    private static int codePoint(CharSequence s, int from, int to) {
        return Integer.parseInt(s.subSequence(from, to).toString(), 16);
    }
}

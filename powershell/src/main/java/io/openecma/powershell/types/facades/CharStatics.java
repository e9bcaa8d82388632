package io.openecma.powershell.types.facades;

/** Statics of [char]. */
public final class CharStatics {
    private CharStatics() {
    }

    public static boolean IsDigit(char c) {
        return Character.isDigit(c);
    }

    public static boolean IsLetter(char c) {
        return Character.isLetter(c);
    }

    public static boolean IsLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c);
    }

    public static boolean IsWhiteSpace(char c) {
        return Character.isWhitespace(c);
    }

    public static boolean IsUpper(char c) {
        return Character.isUpperCase(c);
    }

    public static boolean IsLower(char c) {
        return Character.isLowerCase(c);
    }

    public static char ToUpper(char c) {
        return Character.toUpperCase(c);
    }

    public static char ToLower(char c) {
        return Character.toLowerCase(c);
    }
}

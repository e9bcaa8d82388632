package io.openecma.powershell.runtime;

/**
 * PowerShell 7's character range ({@code 'a'..'e'}, parserutils.cs RangeOperator/AsChar): when both
 * ends are a [char] or a one-character string that is not a digit, the range is of [char]. Taken
 * only where 5.1 fails (issue #11, additive): at least one end must be such a string, which 5.1
 * cannot convert to [int]. {@code [char]'a'..[char]'c'} stays 5.1's int range 97..99.
 */
final class CharRange {

    private CharRange() {
    }

    /** The [char] range, or null when the operands are for 5.1's integer range. */
    static Object[] of(Object from, Object to) {
        Object l = LanguagePrimitives.base(from);
        Object r = LanguagePrimitives.base(to);
        Character a = asChar(l);
        Character b = asChar(r);
        if (a == null || b == null || !(l instanceof String || r instanceof String)) {
            return null;
        }
        int n = Math.abs(b - a) + 1;
        int step = a <= b ? 1 : -1;
        Object[] result = new Object[n];
        for (int i = 0; i < n; i++) {
            result[i] = (char) (a + i * step);
        }
        return result;
    }

    private static Character asChar(Object o) {
        if (o instanceof Character c) {
            return c;
        }
        if (o instanceof String s && s.length() == 1 && !Character.isDigit(s.charAt(0))) {
            return s.charAt(0);
        }
        return null;
    }
}

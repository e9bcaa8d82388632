package io.openecma.powershell.types.facades;

import io.openecma.powershell.types.RegexValue;

/** Instance members of [regex] values (their own public methods). */
public final class RegexMembers {
    private RegexMembers() {
    }

    public static boolean IsMatch(RegexValue r, String input) {
        return r.IsMatch(input);
    }

    public static RegexValue.MatchValue Match(RegexValue r, String input) {
        return r.Match(input);
    }

    public static Object[] Matches(RegexValue r, String input) {
        return r.Matches(input);
    }

    public static String Replace(RegexValue r, String input, String replacement) {
        return r.Replace(input, replacement);
    }

    public static String[] Split(RegexValue r, String input) {
        return r.Split(input);
    }

    public static String ToString(RegexValue r) {
        return r.toString();
    }
}

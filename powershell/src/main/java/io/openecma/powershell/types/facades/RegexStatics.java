package io.openecma.powershell.types.facades;

import io.openecma.powershell.dotnet.DotNetRegex;
import io.openecma.powershell.types.RegexValue;

/** Statics of [regex]. */
public final class RegexStatics {
    private RegexStatics() {
    }

    public static String Escape(String s) {
        return DotNetRegex.escape(s);
    }

    public static boolean IsMatch(String input, String pattern) {
        return new RegexValue(pattern, 0).IsMatch(input);
    }

    public static RegexValue.MatchValue Match(String input, String pattern) {
        return new RegexValue(pattern, 0).Match(input);
    }

    public static Object[] Matches(String input, String pattern) {
        return new RegexValue(pattern, 0).Matches(input);
    }

    public static String Replace(String input, String pattern, String replacement) {
        return new RegexValue(pattern, 0).Replace(input, replacement);
    }

    public static String[] Split(String input, String pattern) {
        return new RegexValue(pattern, 0).Split(input);
    }
}

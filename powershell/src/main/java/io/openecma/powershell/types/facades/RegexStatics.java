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

    public static String Unescape(String s) {
        return s.replaceAll("\\\\(.)", "$1");
    }

    public static boolean IsMatch(String input, String pattern, Object options) {
        return new RegexValue(pattern, RegexValue.options(options)).IsMatch(input);
    }

    public static String Replace(String input, String pattern, io.openecma.powershell.runtime.ScriptBlock evaluator) {
        return new RegexValue(pattern, 0).regex().replace(input, m -> io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(
                io.openecma.powershell.runtime.ExecutionContext.current().invokeScriptBlock(evaluator,
                        new RegexValue.GroupValue(m.group()))), -1);
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

package io.openecma.powershell.runtime;

import io.openecma.powershell.dotnet.DotNetRegex;
import io.openecma.powershell.dotnet.DotNetRegexException;

import java.util.ArrayList;
import java.util.List;

/**
 * The binary {@code -split} operator as 5.1's ParserOps.SplitOperatorImpl defines it: a pattern
 * (regex unless SimpleMatch) or a predicate script block, an optional limit and SplitOptions.
 * {@code -split}/{@code -isplit} ignore case unless {@code -csplit}; given options add IgnoreCase
 * for the case-insensitive forms. A negative limit (PowerShell 7's right-to-left split) is not
 * 5.1 behaviour and is not supported.
 */
final class SplitOperator {

    /** System.Management.Automation.SplitOptions flag values. */
    private static final int SIMPLE_MATCH = 1;
    private static final int REGEX_MATCH = 2;
    private static final int CULTURE_INVARIANT = 4;
    private static final int IGNORE_PATTERN_WHITESPACE = 8;
    private static final int MULTILINE = 16;
    private static final int SINGLELINE = 32;
    private static final int IGNORE_CASE = 64;
    private static final int EXPLICIT_CAPTURE = 128;
    private static final String[] NAMES = {"SimpleMatch", "RegexMatch", "CultureInvariant", "IgnorePatternWhitespace",
        "Multiline", "Singleline", "IgnoreCase", "ExplicitCapture"};

    /** Runs the predicate for one character: $_ is the character, $args the string and the index. */
    interface Predicate {
        boolean test(ScriptBlock block, String character, String item, int index);
    }

    private SplitOperator() {
    }

    static Object[] split(Object left, Object right, boolean caseSensitive, Predicate predicateRunner) {
        List<Object> args = LanguagePrimitives.toList(right);
        if (args.isEmpty()) {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "Bad argument to operator '-split': " + LanguagePrimitives.toStringValue(right) + ".")
                    .withError("BadOperatorArgument", "InvalidOperation", right);
        }
        Object first = LanguagePrimitives.base(args.get(0));
        ScriptBlock predicate = first instanceof ScriptBlock sb ? sb : null;
        int limit = args.size() >= 2 ? LanguagePrimitives.toNumber(args.get(1)).intValue() : 0;
        int options = 0;
        Object optionArg = args.size() >= 3 ? LanguagePrimitives.unwrapNull(args.get(2)) : null;
        if (optionArg != null && !(optionArg instanceof String s && s.isEmpty())) {
            options = parseOptions(optionArg);
            if (predicate != null) {
                throw parseError("InvalidSplitOptionWithPredicate",
                        "Options are not allowed on the -split operator with a predicate.");
            }
        }
        if (!caseSensitive) {
            options |= IGNORE_CASE;
        }
        List<String> content = new ArrayList<>();
        for (Object item : LanguagePrimitives.toList(left)) {
            content.add(LanguagePrimitives.toStringValue(item));
        }
        List<String> out = predicate != null
                ? splitWithPredicate(content, predicate, limit, predicateRunner)
                : splitWithPattern(content, LanguagePrimitives.toStringValue(first), limit, options);
        return out.toArray(new String[0]);
    }

    private static List<String> splitWithPattern(List<String> content, String pattern, int limit, int options) {
        if ((options & (SIMPLE_MATCH | REGEX_MATCH)) == 0) {
            options |= REGEX_MATCH;
        }
        if ((options & SIMPLE_MATCH) != 0) {
            if ((options & ~(SIMPLE_MATCH | IGNORE_CASE)) != 0) {
                throw parseError("InvalidSplitOptionCombination",
                        "The combination of options with the -split operator is not valid.");
            }
            pattern = DotNetRegex.escape(pattern);
        }
        DotNetRegex regex;
        try {
            regex = DotNetRegex.compile(pattern, regexOptions(options));
        } catch (DotNetRegexException e) {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "The regular expression pattern " + pattern + " is not valid.");
        }
        List<String> out = new ArrayList<>();
        for (String item : content) {
            out.addAll(regex.split(item, limit));
        }
        return out;
    }

    /** ParserOps.parseRegexOptions: the SplitOptions that have a RegexOptions counterpart. */
    private static int regexOptions(int options) {
        int r = 0;
        if ((options & CULTURE_INVARIANT) != 0) {
            r |= DotNetRegex.CULTURE_INVARIANT;
        }
        if ((options & IGNORE_PATTERN_WHITESPACE) != 0) {
            r |= DotNetRegex.IGNORE_PATTERN_WHITESPACE;
        }
        if ((options & MULTILINE) != 0) {
            r |= DotNetRegex.MULTILINE;
        }
        if ((options & SINGLELINE) != 0) {
            r |= DotNetRegex.SINGLELINE;
        }
        if ((options & IGNORE_CASE) != 0) {
            r |= DotNetRegex.IGNORE_CASE;
        }
        if ((options & EXPLICIT_CAPTURE) != 0) {
            r |= DotNetRegex.EXPLICIT_CAPTURE;
        }
        return r;
    }

    /** ParserOps.SplitWithPredicate: each character for which the predicate is true is a delimiter. */
    private static List<String> splitWithPredicate(List<String> content, ScriptBlock predicate, int limit,
                                                   Predicate runner) {
        if (limit == 1) {
            return new ArrayList<>(content);
        }
        List<String> results = new ArrayList<>();
        for (String item : content) {
            List<String> split = new ArrayList<>();
            int cursor = 0;
            int length = 0;
            for (int i = 0; i < item.length(); i++) {
                if (!runner.test(predicate, String.valueOf(item.charAt(cursor)), item, cursor)) {
                    length++;
                    cursor++;
                    continue;
                }
                split.add(item.substring(cursor - length, cursor));
                length = 0;
                cursor++;
                if (limit == split.size() + 1) {
                    break;
                }
            }
            split.add(cursor == item.length() ? item.substring(cursor - length) : item.substring(cursor));
            results.addAll(split);
        }
        return results;
    }

    /** SplitOptions from a value: flag names separated by commas (any case), or a number. */
    private static int parseOptions(Object value) {
        Object v = LanguagePrimitives.base(value);
        if (v instanceof Number n) {
            return n.intValue();
        }
        int flags = 0;
        for (String part : LanguagePrimitives.toStringValue(v).split(",")) {
            String name = part.strip();
            int bit = -1;
            for (int i = 0; i < NAMES.length; i++) {
                if (NAMES[i].equalsIgnoreCase(name)) {
                    bit = 1 << i;
                }
            }
            if (bit < 0) {
                throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                        "Cannot convert value \"" + LanguagePrimitives.toStringValue(v)
                                + "\" to type \"System.Management.Automation.SplitOptions\". Error: \"Unable to match the identifier name "
                                + name + " to a valid enumerator name. Specify one of the following enumerator names and try again:"
                                + "\r\n" + String.join(", ", NAMES) + "\"");
            }
            flags |= bit;
        }
        return flags;
    }

    private static PSRuntimeException parseError(String id, String message) {
        return new PSRuntimeException("System.Management.Automation.ParseException", message)
                .withError(id, "ParserError", null);
    }
}

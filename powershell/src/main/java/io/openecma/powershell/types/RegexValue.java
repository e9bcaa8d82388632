package io.openecma.powershell.types;

import io.openecma.powershell.dotnet.DotNetRegex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/** A System.Text.RegularExpressions.Regex over the library's .NET-dialect translation. */
public final class RegexValue {
    private final DotNetRegex regex;

    public RegexValue(String pattern, int options) {
        this.regex = DotNetRegex.compile(pattern, options);
    }

    /** RegexOptions given as a number, a name or a comma-separated list of names. */
    public static int options(Object value) {
        Object v = io.openecma.powershell.runtime.LanguagePrimitives.base(value);
        if (v instanceof Number n) {
            return n.intValue();
        }
        int flags = 0;
        for (String name : io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(v).split("[,\\s]+")) {
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "ignorecase" -> flags |= DotNetRegex.IGNORE_CASE;
                case "multiline" -> flags |= DotNetRegex.MULTILINE;
                case "explicitcapture" -> flags |= DotNetRegex.EXPLICIT_CAPTURE;
                case "compiled" -> flags |= DotNetRegex.COMPILED;
                case "singleline" -> flags |= DotNetRegex.SINGLELINE;
                case "ignorepatternwhitespace" -> flags |= DotNetRegex.IGNORE_PATTERN_WHITESPACE;
                case "cultureinvariant" -> flags |= DotNetRegex.CULTURE_INVARIANT;
                case "", "none" -> { }
                default -> throw new io.openecma.powershell.runtime.PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                        "Cannot convert value \"" + name + "\" to type \"System.Text.RegularExpressions.RegexOptions\".");
            }
        }
        return flags;
    }

    public DotNetRegex regex() {
        return regex;
    }

    public boolean IsMatch(String input) {
        return regex.matcher(input).find();
    }

    public MatchValue Match(String input) {
        Matcher m = regex.matcher(input);
        return m.find() ? new MatchValue(m.toMatchResult()) : new MatchValue(null);
    }

    public Object[] Matches(String input) {
        List<Object> list = new ArrayList<>();
        Matcher m = regex.matcher(input);
        while (m.find()) {
            list.add(new MatchValue(m.toMatchResult()));
        }
        return list.toArray();
    }

    public String Replace(String input, String replacement) {
        return regex.replace(input, replacement);
    }

    public String[] Split(String input) {
        return regex.split(input, 0).toArray(new String[0]);
    }

    @Override
    public String toString() {
        return regex.source();
    }

    /** A Match: Success, Value, Index, Length, Groups. */
    public final class MatchValue {
        private final MatchResult result;

        MatchValue(MatchResult result) {
            this.result = result;
        }

        public boolean getSuccess() {
            return result != null;
        }

        public String getValue() {
            return result == null ? "" : result.group();
        }

        public int getIndex() {
            return result == null ? 0 : result.start();
        }

        public int getLength() {
            return getValue().length();
        }

        public io.openecma.powershell.runtime.PSHashtable getGroups() {
            io.openecma.powershell.runtime.PSHashtable h = new io.openecma.powershell.runtime.PSHashtable(true);
            if (result != null) {
                for (DotNetRegex.Group g : regex.groups()) {
                    String v = result.group(g.javaIndex());
                    h.put(g.named() ? g.name() : (Object) g.number(), new GroupValue(v));
                }
            }
            return h;
        }

        @Override
        public String toString() {
            return getValue();
        }
    }

    /** A Group: Success and Value. */
    public record GroupValue(String value) {
        public boolean getSuccess() {
            return value != null;
        }

        public String getValue() {
            return value == null ? "" : value;
        }

        @Override
        public String toString() {
            return getValue();
        }
    }
}

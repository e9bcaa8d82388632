package io.openecma.powershell.dotnet;

/**
 * A .NET regex that is invalid, or uses a construct java.util.regex cannot express (balancing
 * groups, conditionals, RightToLeft). The message has .NET's {@code ArgumentException} shape:
 * {@code parsing "pattern" - detail}.
 */
public class DotNetRegexException extends IllegalArgumentException {
    private final String pattern;

    public DotNetRegexException(String pattern, String detail) {
        super("parsing \"" + pattern + "\" - " + detail);
        this.pattern = pattern;
    }

    public String pattern() {
        return pattern;
    }
}

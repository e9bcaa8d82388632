package io.openecma.powershell.types.io;

import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Directory.GetFiles search pattern: {@code *} and {@code ?}, case-insensitive, with .NET
 * Framework's documented quirks: {@code *.*} also matches names without a dot, and an extension of
 * exactly three characters after {@code *.} matches longer extensions that begin with it
 * ({@code *.xls} finds book.xlsx).
 */
final class SearchPattern {
    private final Pattern regex;

    private SearchPattern(Pattern regex) {
        this.regex = regex;
    }

    static SearchPattern of(String pattern) {
        if (pattern == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: searchPattern")
                    .withParamName("searchPattern");
        }
        if (pattern.contains("..") && (pattern.endsWith("..") || pattern.contains("..\\") || pattern.contains("../"))) {
            throw new PSRuntimeException("System.ArgumentException", "Search pattern cannot contain \"..\" to move up "
                    + "directories and can be contained only internally in file/directory names, as in \"a..b\".");
        }
        if (pattern.equals("*.*") || pattern.equals("*")) {
            return new SearchPattern(Pattern.compile(".*", Pattern.DOTALL));
        }
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            re.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        if (pattern.matches("\\*\\.[^.*?]{3}")) {
            re.append("[^.]*");
        }
        return new SearchPattern(Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    }

    boolean matches(String name) {
        return regex.matcher(name).matches();
    }

    @Override
    public String toString() {
        return regex.pattern().toLowerCase(Locale.ROOT);
    }
}

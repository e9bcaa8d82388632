package io.openecma.powershell.dotnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WildcardTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Hello|h*|true",
        "Hello|*LLO|true",
        "Hello|*ll*|true",
        "Hello|H?llo|true",
        "Hello|H?lo|false",
        "Hello|Hello*|true",
        "Hello|ello|false",
        "Hello|[gh]ello|true",
        "Hello|[a-g]ello|false",
        "Hello|[a-z]ello|true",
        "a*b|a`*b|true",
        "axb|a`*b|false",
        "a?|a`?|true",
        "[x]|`[x`]|true",
        "a.b|a.b|true",
        "axb|a.b|false",
        "a+b|a+b|true",
        "a\\b|a\\b|true",
        "file(1).txt|file(?).txt|true",
        "a-b|a[-]b|true",
        "a]b|a[`]]b|true",
        "|*|true",
        "|?|false",
        "Müller|müLLER|true",
        "abc|[a][b][c]|true"})
    void matchesLikePowerShell(String text, String pattern, boolean expected) {
        assertEquals(expected, Wildcard.compile(pattern, false).matches(text == null ? "" : text),
                text + " -like " + pattern);
    }

    @Test
    void starCrossesLineBreaks() {
        assertTrue(Wildcard.compile("line1*", false).matches("line1\nline2"));
    }

    @Test
    void caseSensitiveVariant() {
        assertFalse(Wildcard.compile("h*", true).matches("Hello"));
        assertTrue(Wildcard.compile("H*", true).matches("Hello"));
    }

    @Test
    void invalidPatterns() {
        Wildcard.InvalidPatternException e = assertThrows(Wildcard.InvalidPatternException.class,
                () -> Wildcard.compile("a[bc", false));
        assertEquals("The specified wildcard character pattern is not valid: a[bc", e.getMessage());
        assertThrows(Wildcard.InvalidPatternException.class, () -> Wildcard.compile("a[]", false));
    }

    @Test
    void helpers() {
        assertTrue(Wildcard.containsWildcard("a*"));
        assertTrue(Wildcard.containsWildcard("a[1]"));
        assertFalse(Wildcard.containsWildcard("a`*"));
        assertFalse(Wildcard.containsWildcard("plain.txt"));
        assertEquals("a`*b`[1`]", Wildcard.escape("a*b[1]"));
        assertTrue(Wildcard.compile(Wildcard.escape("x*[y]?"), false).matches("x*[y]?"));
    }

    /** Plain ASCII patterns skip the regex; escaping every character keeps it, with the same meaning. */
    @Test
    void plainTextMatchesAsTheEscapedPatternDoes() {
        String[] patterns = {"key", "KEY", "is", "Mail", "a.b", "", "x y"};
        String[] texts = {"key", "KEY", "\u212Aey", "\u0131s", "\u0130S", "\u017Fi", "mail", "MAIL ", "a.b", "axb", "",
            "x y", "k\uD83D\uDE00y"};
        for (String pattern : patterns) {
            StringBuilder escaped = new StringBuilder();
            for (char c : pattern.toCharArray()) {
                escaped.append('`').append(c);
            }
            for (boolean caseSensitive : new boolean[]{false, true}) {
                Wildcard viaRegex = Wildcard.compile(escaped.toString(), caseSensitive);
                Wildcard plain = Wildcard.compile(pattern, caseSensitive);
                for (String text : texts) {
                    assertEquals(viaRegex.matches(text), plain.matches(text),
                            text + " against " + pattern + (caseSensitive ? " (case-sensitive)" : ""));
                }
            }
        }
        assertTrue(Wildcard.compile("key", false).matches("\u212Aey"), "the Kelvin sign folds to k, as in .NET's regex");
    }
}

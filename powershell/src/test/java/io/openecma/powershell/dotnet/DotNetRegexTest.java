package io.openecma.powershell.dotnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class DotNetRegexTest {
    /** PowerShell's -match and -replace are case-insensitive. */
    private static DotNetRegex ps(String pattern) {
        return DotNetRegex.compile(pattern, DotNetRegex.IGNORE_CASE);
    }

    private static boolean matches(String pattern, int options, String input) {
        return DotNetRegex.compile(pattern, options).matcher(input).find();
    }

    @Test
    void namedGroupsJavaRejectsAreMappedBack() {
        DotNetRegex r = ps("(?<first_name>\\w+) (?'last_name'\\w+)");
        Matcher m = r.matcher("Ada Lovelace");
        assertTrue(m.find());
        Map<Object, String> expected = new LinkedHashMap<>();
        expected.put(0, "Ada Lovelace");
        expected.put("first_name", "Ada");
        expected.put("last_name", "Lovelace");
        assertEquals(expected, r.matchesTable(m));
        assertEquals("Lovelace, Ada", r.replace("Ada Lovelace", "${last_name}, ${first_name}"));
    }

    @Test
    void dotNetNumbersUnnamedGroupsBeforeNamedOnes() {
        DotNetRegex r = ps("(?<word>[a-z]+)-(\\d+)");
        assertEquals("1=42 2=abc", r.replace("abc-42", "1=$1 2=$2"));
        Matcher m = r.matcher("abc-42");
        assertTrue(m.find());
        assertEquals(Map.of(0, "abc-42", 1, "42", "word", "abc"), r.matchesTable(m));
        assertEquals(List.of("0", "1", "word"), r.groups().stream().map(DotNetRegex.Group::name).toList());
        assertEquals(2, r.group("word").number());
    }

    @Test
    void groupsThatDidNotTakePartAreLeftOutOfMatches() {
        DotNetRegex r = ps("(a)|(b)");
        Matcher m = r.matcher("b");
        assertTrue(m.find());
        assertEquals(Map.of(0, "b", 2, "b"), r.matchesTable(m));
        assertEquals("[]", r.replace("b", "[$1]"));
    }

    @Test
    void replacementSubstitutions() {
        DotNetRegex r = ps("(\\w+)@(\\w+)");
        assertEquals("x host:user y", r.replace("x user@host y", "$2:$1"));
        assertEquals("x $ y", r.replace("x user@host y", "$$"));
        assertEquals("x <user@host> y", r.replace("x user@host y", "<$&>"));
        assertEquals("x <user@host> y", r.replace("x user@host y", "<$0>"));
        assertEquals("x [x ] y", r.replace("x user@host y", "[$`]"));
        assertEquals("x [ y] y", r.replace("x user@host y", "[$']"));
        assertEquals("x [x user@host y] y", r.replace("x user@host y", "[$_]"));
        assertEquals("x host y", r.replace("x user@host y", "$+"));
        // $3 does not exist: it stays literal; $10 falls back to group 1 followed by "0".
        assertEquals("x $3 y", r.replace("x user@host y", "$3"));
        assertEquals("x user0 y", r.replace("x user@host y", "$10"));
        assertEquals("x ${nope} y", r.replace("x user@host y", "${nope}"));
        assertEquals("x ${2} y".replace("${2}", "host"), r.replace("x user@host y", "${2}"));
        assertEquals("cost: $5", ps("X").replace("cost: X", "$$5"));
        assertEquals("a$", ps("b").replace("ab", "$"));
    }

    @Test
    void replaceCountAndEvaluator() {
        DotNetRegex r = ps("o");
        assertEquals("f0o", r.replace("foo", "0", 1));
        assertEquals("fOO", r.replace("foo", m -> m.group().toUpperCase(), -1));
    }

    @Test
    void caseSensitivityFollowsOptions() {
        assertTrue(matches("ABC", DotNetRegex.IGNORE_CASE, "xabcx"));
        assertFalse(matches("ABC", 0, "xabcx"));
        assertTrue(matches("(?i)ABC", 0, "abc"));
        assertTrue(matches("(?i:A)B", 0, "aB"));
        assertFalse(matches("(?i:A)B", 0, "ab"));
        assertTrue(matches("straße", DotNetRegex.IGNORE_CASE, "STRAßE"));
        assertTrue(matches("é", DotNetRegex.IGNORE_CASE, "É"));
    }

    @Test
    void anchorsAndLineEnds() {
        assertTrue(matches("\\Aabc\\z", 0, "abc"));
        assertFalse(matches("\\Aabc\\z", 0, "abc\n"));
        assertTrue(matches("abc\\Z", 0, "abc\n"));
        assertTrue(matches("abc$", 0, "abc\n"));
        assertFalse(matches("abc$", 0, "abc\r"));
        assertTrue(matches("^b$", DotNetRegex.MULTILINE, "a\nb\nc"));
        assertFalse(matches("^b$", 0, "a\nb\nc"));
        assertFalse(matches("a.b", 0, "a\nb"));
        assertTrue(matches("a.b", 0, "a\rb"));
        assertTrue(matches("a.b", DotNetRegex.SINGLELINE, "a\nb"));
        assertTrue(matches("(?s)a.b", 0, "a\nb"));
    }

    @Test
    void unicodeClassesAsInDotNet() {
        assertTrue(matches("^\\w+$", 0, "Müller"));
        assertTrue(matches("^\\d$", 0, "\u0663"));
        assertTrue(matches("^\\p{Lu}\\p{Ll}+$", 0, "Émile"));
        assertFalse(matches("^\\w+$", DotNetRegex.ECMA_SCRIPT, "Müller"));
    }

    @Test
    void explicitCaptureMakesPlainGroupsNonCapturing() {
        DotNetRegex r = DotNetRegex.compile("(a)(?<b>b)", DotNetRegex.EXPLICIT_CAPTURE);
        assertEquals(List.of("0", "b"), r.groups().stream().map(DotNetRegex.Group::name).toList());
        DotNetRegex inline = DotNetRegex.compile("(?n)(a)(?-n)(b)", 0);
        assertEquals("b", inline.replace("ab", "$1"));
    }

    @Test
    void ignorePatternWhitespace() {
        String pattern = "\\d+ # digits (the number)\n - [ ]x";
        assertTrue(matches(pattern, DotNetRegex.IGNORE_PATTERN_WHITESPACE, "12- x"));
        assertFalse(matches(pattern, DotNetRegex.IGNORE_PATTERN_WHITESPACE, "12-x"));
        assertTrue(matches("(?x) a b c", 0, "abc"));
        assertTrue(matches("a b", 0, "a b"));
    }

    @Test
    void classDifferences() {
        assertTrue(matches("^[[]$", 0, "["));
        assertTrue(matches("^[a&&b]+$", 0, "a&b"));
        assertTrue(matches("^[]a]+$", 0, "]a"));
        assertTrue(matches("^[a-z-[aeiou]]+$", 0, "bcd"));
        assertFalse(matches("^[a-z-[aeiou]]+$", 0, "bad"));
        assertTrue(matches("^[\\w-[\\d]]+$", 0, "abc"));
        assertFalse(matches("^[\\w-[\\d]]+$", 0, "a1"));
        assertTrue(matches("^[\\b]$", 0, "\b"));
        assertTrue(matches("[\\p{L}]", 0, "ж"));
    }

    @Test
    void braceThatIsNoQuantifierIsLiteral() {
        assertTrue(matches("a{b}", 0, "a{b}"));
        assertTrue(matches("\\{0\\}", 0, "{0}"));
        assertTrue(matches("a{2}", 0, "aa"));
        assertTrue(matches("a{1,}", 0, "aaa"));
        assertTrue(matches("x{,2}", 0, "x{,2}"));
    }

    @Test
    void backReferences() {
        assertTrue(matches("(?<q>['\"])x\\k<q>", 0, "'x'"));
        assertFalse(matches("(?<q>['\"])x\\k<q>", 0, "'x\""));
        assertTrue(matches("(?'q'a)\\k'q'", 0, "aa"));
        assertTrue(matches("(?<n>x)(y)\\1\\2", 0, "xyyx"));
        assertTrue(matches("(?<my_name>z)\\k<my_name>", 0, "zz"));
    }

    @Test
    void comments() {
        assertTrue(matches("a(?#a comment)b", 0, "ab"));
    }

    @Test
    void splitIncludesCapturedSeparators() {
        assertEquals(List.of("a", "b", "c"), ps(",").split("a,b,c", 0));
        assertEquals(List.of("a", ",", "b", ",", "c"), ps("(,)").split("a,b,c", 0));
        assertEquals(List.of("a", "b,c"), ps(",").split("a,b,c", 2));
        assertEquals(List.of("", "a", ""), ps(",").split(",a,", 0));
        assertEquals(List.of("abc"), ps(";").split("abc", 0));
    }

    @Test
    void escape() {
        assertEquals("a\\.b\\*c\\ d\\$\\[x]\\(y\\)\\{z}\\#\\t", DotNetRegex.escape("a.b*c d$[x](y){z}#\t"));
        assertTrue(matches(DotNetRegex.escape("1+1=2?"), 0, "1+1=2?"));
    }

    @Test
    void unescape() {
        assertEquals("a.b", DotNetRegex.unescape("a\\.b"));
        assertEquals("x\ty\nA", DotNetRegex.unescape("x\\ty\\n\\x41"));
        assertEquals("\u00e9", DotNetRegex.unescape("\\u00e9"));
        assertEquals("1+1=2?", DotNetRegex.unescape(DotNetRegex.escape("1+1=2?")));
        assertThrows(DotNetRegexException.class, () -> DotNetRegex.unescape("\\x4"));
    }

    @Test
    void errorsInDotNetShape() {
        DotNetRegexException e = assertThrows(DotNetRegexException.class, () -> ps("[abc"));
        assertEquals("parsing \"[abc\" - Unterminated [] set.", e.getMessage());
        assertEquals("parsing \"a)\" - Too many )'s.", assertThrows(DotNetRegexException.class, () -> ps("a)"))
                .getMessage());
        assertEquals("parsing \"(a\" - Not enough )'s.", assertThrows(DotNetRegexException.class, () -> ps("(a"))
                .getMessage());
        assertThrows(DotNetRegexException.class, () -> ps("(?<open-close>x)"));
        assertThrows(DotNetRegexException.class, () -> ps("(?(a)b|c)"));
        assertThrows(DotNetRegexException.class, () -> ps("\\k<missing>"));
        assertThrows(DotNetRegexException.class, () -> ps("*a"));
        assertThrows(DotNetRegexException.class, () -> DotNetRegex.compile("a", DotNetRegex.RIGHT_TO_LEFT));
        assertThrows(DotNetRegexException.class, () -> ps("a\\"));
    }
}

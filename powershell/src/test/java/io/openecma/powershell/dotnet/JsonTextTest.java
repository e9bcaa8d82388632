package io.openecma.powershell.dotnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], kv[k + 1]);
        }
        return m;
    }

    private static String pretty(Object v) {
        return JsonText.toJson(v, JsonText.DEFAULT_DEPTH, false, JsonText.PLAIN, BERLIN);
    }

    private static String compact(Object v) {
        return JsonText.toJson(v, JsonText.DEFAULT_DEPTH, true, JsonText.PLAIN, BERLIN);
    }

    private static String lines(String... l) {
        return String.join("\r\n", l);
    }

    @Test
    void prettyObjectUsesTwoSpacesAfterTheColon() {
        assertEquals(lines("{", "    \"Name\":  \"foo\",", "    \"Count\":  3", "}"),
                pretty(map("Name", "foo", "Count", 3)));
    }

    @Test
    void nestedValuesIndentFromTheirOpeningBracket() {
        Object v = map("Name", "foo", "Items", List.of("a", "b"), "Inner", map("x", 1));
        assertEquals(lines(
                "{",
                "    \"Name\":  \"foo\",",
                "    \"Items\":  [",
                "                  \"a\",",
                "                  \"b\"",
                "              ],",
                "    \"Inner\":  {",
                "                  \"x\":  1",
                "              }",
                "}"), pretty(v));
    }

    @Test
    void arraysOfObjects() {
        assertEquals(lines("[", "    {", "        \"a\":  1", "    },", "    {", "        \"a\":  2", "    }", "]"),
                pretty(List.of(map("a", 1), map("a", 2))));
        assertEquals(lines("[", "    1,", "    2", "]"), pretty(new Object[] {1, 2}));
    }

    @Test
    void emptyContainers() {
        assertEquals(lines("{", "", "}"), pretty(map()));
        assertEquals(lines("[", "", "]"), pretty(List.of()));
        assertEquals(lines("{", "    \"a\":  [", "", "          ]", "}"), pretty(map("a", List.of())));
        assertEquals("{\"a\":[]}", compact(map("a", List.of())));
    }

    @Test
    void scalarsAtTheTop() {
        assertEquals("1", pretty(1));
        assertEquals("\"x\"", pretty("x"));
        assertEquals("null", pretty(null));
        assertEquals("true", compact(true));
    }

    @Test
    void compress() {
        assertEquals("{\"a\":1,\"b\":[1,2],\"c\":{\"d\":null}}",
                compact(map("a", 1, "b", Arrays.asList(1, 2), "c", map("d", null))));
    }

    @Test
    void escapingLikeJavaScriptSerializer() {
        assertEquals("\"\\u003cb\\u003e \\u0027q\\u0027 \\u0026 \\\"d\\\" \\\\ \\r\\n\\t \\u0001 é\"",
                compact("<b> 'q' & \"d\" \\ \r\n\t \u0001 é"));
    }

    @Test
    void numbers() {
        assertEquals("[1,2147483648,1.5,0.1,1E+20,0.33333333333333331,1.50,-7]",
                compact(List.of(1, 2147483648L, 1.5, 0.1, 1e20, 1.0 / 3, new BigDecimal("1.50"), -7)));
    }

    @Test
    void dateTimesAsMicrosoftDateStrings() {
        DotNetDateTime utc = new DotNetDateTime(LocalDateTime.of(2024, 1, 31, 10, 0), DotNetDateTime.Kind.UTC);
        assertEquals("\"\\/Date(1706695200000)\\/\"", compact(utc));
        DotNetDateTime local = new DotNetDateTime(LocalDateTime.of(2024, 1, 31, 11, 0), DotNetDateTime.Kind.LOCAL);
        assertEquals("\"\\/Date(1706695200000)\\/\"", compact(local));
    }

    /** A value the model says carries extended properties (5.1's AddPsProperties). */
    private record Decorated(Object base, Map<String, Object> extra) {
    }

    @Test
    void extendedPropertiesWrapAScalarOrListAndJoinADictionary() {
        JsonText.ObjectModel model = new JsonText.ObjectModel() {
            @Override
            public Object describe(Object value) {
                return value instanceof Decorated d ? d.base() : value.toString();
            }

            @Override
            public String truncatedText(Object value) {
                return value.toString();
            }

            @Override
            public Map<String, Object> extendedProperties(Object value) {
                return value instanceof Decorated d ? d.extra() : Map.of();
            }
        };
        assertEquals("{\"value\":42,\"Note\":\"n\"}",
                JsonText.toJson(new Decorated(42, map("Note", "n")), 2, true, model, BERLIN));
        assertEquals("{\"value\":[1,2],\"Label\":\"x\"}",
                JsonText.toJson(new Decorated(List.of(1, 2), map("Label", "x")), 2, true, model, BERLIN));
        // A dictionary's own keys win over an extended property of the same name.
        assertEquals("{\"a\":1,\"b\":3}",
                JsonText.toJson(new Decorated(map("a", 1), map("a", 2, "b", 3)), 2, true, model, BERLIN));
        assertEquals("[{\"value\":1,\"p\":{\"q\":1}}]",
                JsonText.toJson(List.of(new Decorated(1, map("p", map("q", 1)))), 2, true, model, BERLIN));
    }

    @Test
    void depthTruncatesToTheObjectsStringForm() {
        JsonText.ObjectModel model = new JsonText.ObjectModel() {
            @Override
            public Object describe(Object value) {
                return value.toString();
            }

            @Override
            public String truncatedText(Object value) {
                return value instanceof Map ? "System.Collections.Hashtable" : value.toString();
            }
        };
        Object threeLevels = map("a", map("b", map("c", 1)));
        assertEquals("{\"a\":{\"b\":{\"c\":1}}}", JsonText.toJson(threeLevels, 2, true, model, BERLIN));
        Object fourLevels = map("a", map("b", map("c", map("d", 1))));
        assertEquals("{\"a\":{\"b\":{\"c\":\"System.Collections.Hashtable\"}}}",
                JsonText.toJson(fourLevels, 2, true, model, BERLIN));
        assertEquals("{\"a\":\"System.Collections.Hashtable\"}", JsonText.toJson(fourLevels, 0, true, model, BERLIN));
        assertEquals("{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", JsonText.toJson(fourLevels, 5, true, model, BERLIN));
    }

    @Test
    void otherObjectsGoThroughTheModel() {
        record Person(String name) {
        }
        JsonText.ObjectModel model = new JsonText.ObjectModel() {
            @Override
            public Object describe(Object value) {
                return value instanceof Person p ? map("Name", p.name()) : value.toString();
            }

            @Override
            public String truncatedText(Object value) {
                return "@{Name=" + ((Person) value).name() + "}";
            }
        };
        assertEquals("[{\"Name\":\"Ada\"}]", JsonText.toJson(List.of(new Person("Ada")), 2, true, model, BERLIN));
        assertEquals("{\"p\":\"@{Name=Ada}\"}", JsonText.toJson(map("p", new Person("Ada")), 0, true, model, BERLIN));
    }

    @Test
    void parsesIntoANeutralTree() {
        Object v = JsonText.parse("{ \"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"x\\ny\\u0041\"} }");
        Map<String, Object> expected = map("a", 1, "b", Arrays.asList(true, false, null), "c", map("d", "x\nyA"));
        assertEquals(expected, v);
        assertEquals(List.of("a", "b", "c"), List.copyOf(((Map<?, ?>) v).keySet()));
    }

    @Test
    void numberTypesFollowJavaScriptSerializer() {
        assertEquals(List.of(1, 3000000000L, new BigDecimal("9223372036854775808"), new BigDecimal("1.50"),
                100000.0, -2, new BigDecimal("-0.5"), 1.5e300),
                JsonText.parse("[1, 3000000000, 9223372036854775808, 1.50, 1e5, -2, -0.5, 1.5E300]"));
    }

    @Test
    void microsoftDateStringsBecomeUtcDateTimes() {
        Object v = JsonText.parse("{\"when\":\"\\/Date(1706695200000)\\/\",\"plain\":\"/Date(1)/\"}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(new DotNetDateTime(LocalDateTime.of(2024, 1, 31, 10, 0), DotNetDateTime.Kind.UTC), m.get("when"));
        assertEquals("/Date(1)/", m.get("plain"));
    }

    @Test
    void keyRules() {
        assertEquals(map("a", 2), JsonText.parse("{\"a\":1,\"a\":2}"));
        JsonText.JsonSyntaxException e = assertThrows(JsonText.JsonSyntaxException.class,
                () -> JsonText.parse("{\"a\":1,\"A\":2}"));
        assertEquals("Cannot convert the JSON string because a dictionary that was converted from the string "
                + "contains the duplicated keys 'a' and 'A'.", e.getMessage());
    }

    @Test
    void roundTrip() {
        Object tree = map("name", "x<y", "n", List.of(1, 2.5, "s"), "o", map("k", false));
        String text = JsonText.toJson(tree, 5, false, JsonText.PLAIN, BERLIN);
        assertEquals(map("name", "x<y", "n", List.of(1, new BigDecimal("2.5"), "s"), "o", map("k", false)),
                JsonText.parse(text));
    }

    @Test
    void emptyTextIsNull() {
        assertNull(JsonText.parse("   "));
    }

    @Test
    void syntaxErrors() {
        assertEquals("Invalid JSON primitive: abc.",
                assertThrows(JsonText.JsonSyntaxException.class, () -> JsonText.parse("abc")).getMessage());
        assertEquals("Invalid JSON primitive: nul.",
                assertThrows(JsonText.JsonSyntaxException.class, () -> JsonText.parse("[nul]")).getMessage());
        assertThrows(JsonText.JsonSyntaxException.class, () -> JsonText.parse("{\"a\" 1}"));
        assertThrows(JsonText.JsonSyntaxException.class, () -> JsonText.parse("{\"a\":1"));
        assertThrows(JsonText.JsonSyntaxException.class, () -> JsonText.parse("[1,2"));
        assertThrows(JsonText.JsonSyntaxException.class, () -> JsonText.parse("\"open"));
        assertThrows(JsonText.JsonSyntaxException.class, () -> JsonText.parse("[1] x"));
        assertThrows(JsonText.JsonSyntaxException.class, () -> JsonText.parse("[".repeat(200)));
    }
}

package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCmdletsTest {
    private static PSObject obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], kv[k + 1]);
        }
        return PSObject.customObject(m);
    }

    private static CmdletRun toJson() {
        return CmdletRun.of("ConvertTo-Json", null);
    }

    @Test
    void inputObjectVersusPipeline() {
        assertEquals("[1]", toJson().with("InputObject", new Object[] {1}).with("Compress", true).run().single());
        assertEquals("1", toJson().pipe(1).single());
        assertEquals("[1,2]", toJson().with("Compress", true).pipe(1, 2).single());
        assertEquals("[]", toJson().with("InputObject", new Object[0]).with("Compress", true).run().single());
        assertEquals(List.of(), toJson().pipe().output);
    }

    @Test
    void objectsHashtablesAndScalars() {
        assertEquals("{\"a\":1,\"b\":\"x\",\"c\":true,\"d\":null,\"e\":1.5}", toJson().with("Compress", true)
                .pipe(obj("a", 1, "b", "x", "c", true, "d", null, "e", 1.5)).single());
        PSHashtable inner = new PSHashtable(true);
        inner.put("email", "ann@example.com");
        PSHashtable outer = new PSHashtable(true);
        outer.put("profile", inner);
        assertEquals("{\"profile\":{\"email\":\"ann@example.com\"}}", toJson().with("Compress", true).pipe(outer)
                .single());
        assertEquals("{\r\n    \"a\":  1\r\n}", toJson().pipe(obj("a", 1)).single());
        assertEquals("\"a\\u0026b\"", toJson().pipe("a&b").single());
        assertEquals("{\"d\":5}", toJson().with("Compress", true).pipe(obj("d", DayOfWeek.FRIDAY)).single());
    }

    @Test
    void depthTruncatesToStringForms() {
        PSObject deep = obj("a", obj("b", obj("c", obj("d", 1))));
        assertEquals("{\"a\":{\"b\":{\"c\":\"@{d=1}\"}}}", toJson().with("Compress", true).pipe(deep).single());
        assertEquals("{\"a\":\"@{b=@{c=@{d=1}}}\"}", toJson().with("Compress", true).with("Depth", 0).pipe(deep)
                .single());
        assertEquals("{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", toJson().with("Compress", true).with("Depth", 5).pipe(deep)
                .single());
    }

    @Test
    void timeSpanAsItsProperties() {
        String json = (String) toJson().with("Compress", true).pipe(Duration.ofMinutes(90)).single();
        assertTrue(json.startsWith("{\"Ticks\":54000000000,\"Days\":0,\"Hours\":1,\"Milliseconds\":0,\"Minutes\":30,"),
                json);
        assertTrue(json.contains("\"TotalMinutes\":90,"), json);
    }

    @Test
    void convertFromJsonBuildsCustomObjects() {
        PSObject o = (PSObject) CmdletRun.of("ConvertFrom-Json", null)
                .pipe("{\"a\":1,\"b\":[1,2],\"c\":{\"d\":\"x\"},\"e\":null,\"f\":true,\"g\":2.50}").single();
        assertEquals(1, o.get("a"));
        assertArrayEquals(new Object[] {1, 2}, (Object[]) o.get("b"));
        assertEquals("x", ((PSObject) o.get("c")).get("d"));
        assertEquals(null, o.get("e"));
        assertEquals(true, o.get("f"));
        assertEquals(new BigDecimal("2.50"), o.get("g"));
        assertEquals("System.Management.Automation.PSCustomObject", o.typeNames().get(0));
    }

    @Test
    void topLevelArrayIsOneObject() {
        CmdletRun run = CmdletRun.of("ConvertFrom-Json", null).pipe("[1,2,3]");
        assertArrayEquals(new Object[] {1, 2, 3}, (Object[]) run.single());
    }

    @Test
    void severalInputStringsAreOneDocumentUnlessTheFirstIsComplete() {
        PSObject joined = (PSObject) CmdletRun.of("ConvertFrom-Json", null).pipe("{", "\"name\": \"Ann\",", "\"age\": 30",
                "}").single();
        assertEquals("Ann", joined.get("name"));
        assertEquals(30, joined.get("age"));
        List<Object> separate = CmdletRun.of("ConvertFrom-Json", null).pipe("{\"a\":1}", "{\"a\":2}").output;
        assertEquals(2, separate.size());
        assertEquals(2, ((PSObject) separate.get(1)).get("a"));
    }

    @Test
    void invalidJsonIsATerminatingError() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> CmdletRun.of("ConvertFrom-Json", null).pipe("{\"a\":nope}"));
        assertEquals("Invalid JSON primitive: nope.", e.getMessage());
        assertEquals("System.ArgumentException", e.typeName());
    }

    @Test
    void roundTripKeepsOrder() {
        Object o = CmdletRun.of("ConvertFrom-Json", null).pipe("{\"z\":1,\"a\":\"two\"}").single();
        assertEquals("{\"z\":1,\"a\":\"two\"}", toJson().with("Compress", true).pipe(o).single());
    }
}

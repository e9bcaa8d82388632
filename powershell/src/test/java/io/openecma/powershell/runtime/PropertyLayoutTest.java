package io.openecma.powershell.runtime;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Objects given the same note properties in the same order share one {@link PropertyLayout}; a
 * change to one object (a property added, set or removed) must never show on another.
 */
class PropertyLayoutTest {

    private static List<String> names(PSObject o) {
        List<String> names = new ArrayList<>();
        for (PSObject.NoteProperty p : o.properties()) {
            names.add(p.name() + "=" + p.value());
        }
        return names;
    }

    private static PSObject row(String... namesAndValues) {
        PSObject o = new PSObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            o.addNoteProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return o;
    }

    @Test
    void sameNamesInTheSameOrderShareALayoutAndKeepTheirOwnValues() {
        PSObject a = row("Id", "1", "Name", "x");
        PSObject b = row("ID", "2", "name", "y");
        assertEquals(List.of("Id=1", "Name=x"), names(a));
        assertEquals(List.of("ID=2", "name=y"), names(b), "each object keeps its own spelling");
        assertEquals("x", a.get("NAME"));
        assertEquals("y", b.get("nAmE"));
        a.setProperty("name", "changed");
        assertEquals("changed", a.get("Name"));
        assertEquals("y", b.get("Name"));
    }

    @Test
    void aPropertyAddedToOneObjectIsNotSeenOnAnotherOfTheSameLayout() {
        PSObject a = row("Id", "1");
        PSObject b = row("Id", "2");
        a.addNoteProperty("Extra", "e");
        b.setProperty("Other", "o");
        assertTrue(a.hasProperty("extra"));
        assertFalse(a.hasProperty("other"));
        assertFalse(b.hasProperty("extra"));
        assertEquals(List.of("Id=1", "Extra=e"), names(a));
        assertEquals(List.of("Id=2", "Other=o"), names(b));
        PSObject c = row("Id", "3");
        assertEquals(List.of("Id=3"), names(c));
        assertNull(c.property("Extra"));
    }

    @Test
    void removingAPropertyChangesThatObjectOnly() {
        PSObject a = row("A", "1", "B", "2", "C", "3");
        PSObject b = row("A", "4", "B", "5", "C", "6");
        a.removeProperty("b");
        assertEquals(List.of("A=1", "C=3"), names(a));
        assertEquals("3", a.get("C"));
        assertNull(a.property("B"));
        assertEquals(List.of("A=4", "B=5", "C=6"), names(b));
        a.addNoteProperty("B", "again");
        assertEquals(List.of("A=1", "C=3", "B=again"), names(a));
        a.removeProperty("missing");
        assertEquals(List.of("A=1", "C=3", "B=again"), names(a));
        PSObject c = row("A", "7", "B", "8", "C", "9");
        assertEquals(List.of("A=7", "B=8", "C=9"), names(c));
    }

    @Test
    void aDuplicateNameIsStillAnErrorWhateverTheCase() {
        PSObject a = row("Name", "1");
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> a.addNoteProperty("NAME", "2"));
        assertTrue(e.getMessage().contains("because a member with that name already exists"), e.getMessage());
        assertEquals(List.of("Name=1"), names(a));
    }

    @Test
    void manyPropertiesAndManyDifferentNamesStayCorrectPastTheSharingLimits() {
        PSObject wide = new PSObject();
        for (int i = 0; i < 200; i++) {
            wide.addNoteProperty("p" + i, i);
        }
        for (int i = 0; i < 200; i++) {
            assertEquals(i, wide.get("P" + i));
        }
        wide.removeProperty("p100");
        assertNull(wide.property("p100"));
        assertEquals(101, wide.get("p101"));
        assertEquals(199, wide.properties().size());

        // Generated names after a common first one: past the per-layout limit objects get their own.
        List<PSObject> objects = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            objects.add(row("Kind", "k", "name" + i, String.valueOf(i), "Last", "l" + i));
        }
        for (int i = 0; i < 300; i++) {
            PSObject o = objects.get(i);
            assertEquals(List.of("Kind=k", "name" + i + "=" + i, "Last=l" + i), names(o));
            assertNull(o.property("name" + (i + 1)));
        }
    }

    @Test
    void layoutsAreSharedAndOwnLayoutsAreNot() {
        PropertyLayout ab = PropertyLayout.EMPTY.with("a").with("b");
        assertSame(ab, PropertyLayout.EMPTY.with("a").with("b"));
        assertTrue(ab.isShared());
        assertEquals(1, ab.indexOf("b"));
        PropertyLayout removed = ab.without(0);
        assertFalse(removed.isShared());
        assertEquals(0, removed.indexOf("b"));
        assertEquals(-1, removed.indexOf("a"));
        assertEquals(1, ab.indexOf("b"), "the shared layout is unchanged");
        assertSame(removed, removed.with("c"), "an object's own layout grows in place");
        assertSame(removed, removed.with("a"));
        assertEquals(2, removed.indexOf("a"));
    }

    @Test
    void scriptsSeeTheSameObjectsAsBefore() {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
        ScriptResult r = engine.execute(ScriptSource.of("t.ps1", """
                $rows = foreach ($i in 1..3) { [PSCustomObject]@{ Id = $i; Name = "n$i" } }
                $rows[1] | Add-Member -MemberType NoteProperty -Name Extra -Value 'x'
                $rows[2].Name = 'changed'
                foreach ($r in $rows) { ($r.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ',' }
                $rows[0].PSObject.Properties.Match('extra').Count
                ($rows | Select-Object -Property Name, Id | ForEach-Object { "$($_.Name)/$($_.Id)" }) -join ' '
                """), Map.of());
        r.terminatingError().ifPresent(e -> { throw new AssertionError(e.describe()); });
        assertEquals(List.of("Id=1,Name=n1", "Id=2,Name=n2,Extra=x", "Id=3,Name=changed", "0", "n1/1 n2/2 changed/3"),
                r.output().stream().map(OutputFormatter::format).toList());
    }

    private static List<String> lines(PowerShellEngine engine, String script) {
        ScriptResult r = engine.execute(ScriptSource.of("t.ps1", script), Map.of());
        r.terminatingError().ifPresent(e -> { throw new AssertionError(e.describe()); });
        return r.output().stream().map(OutputFormatter::format).toList();
    }

    @Test
    void objectsOfOneLiteralRunManyTimesAreIndependent() {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
        assertEquals(List.of("0:a|1:a,x|2:a|3:a", "A=3,b=6"), lines(engine, """
                function New-Thing($i) { [PSCustomObject]@{ A = $i; b = $i * 2 } }
                $all = foreach ($i in 0..3) { New-Thing $i }
                $all[1] | Add-Member -MemberType NoteProperty -Name X -Value 1
                $all[2].b = 'changed'
                ($all | ForEach-Object { "$($_.A):" + (($_.PSObject.Properties.Name | Where-Object { $_ -ne 'b' } | ForEach-Object { $_.ToLower() }) -join ',') }) -join '|'
                $last = New-Thing 3
                ($last.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ','
                """));
    }

    @Test
    void aDuplicateKeyInALiteralStopsAfterTheValuesBeforeIt() {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
        List<String> expected = List.of("Duplicate keys 'NAME' are not allowed in hash literals.", "1");
        String script = """
                $n = 0
                try { $o = [PSCustomObject]@{ name = ($n += 1); NAME = ($n += 10); other = ($n += 100) } } catch { $_.Exception.Message }
                $n
                """;
        assertEquals(expected, lines(engine, script));
        assertEquals(expected, lines(engine, script), "the second run uses the literal's remembered shape");
    }

    @Test
    void aLiteralWithMoreKeysThanALayoutSharesIsStillBuilt() {
        StringBuilder literal = new StringBuilder("$o = [PSCustomObject]@{ ");
        for (int i = 0; i < 80; i++) {
            literal.append("k").append(i).append(" = ").append(i).append("; ");
        }
        literal.append("}\n$o.k79; $o.PSObject.Properties.Name.Count; $o.k0");
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
        assertEquals(List.of("79", "80", "0"), lines(engine, literal.toString()));
        assertEquals(List.of("79", "80", "0"), lines(engine, literal.toString()));
    }
}

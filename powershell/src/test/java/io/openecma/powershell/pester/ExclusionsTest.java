package io.openecma.powershell.pester;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExclusionsTest {

    @TempDir
    Path temp;

    @Test
    void readsWholeFileAndTestEntries() throws Exception {
        Path list = temp.resolve("excluded.txt");
        Files.writeString(list, "# comment\n"
                + "a/One.Tests.ps1\tno reason here\n"
                + "a/Two.Tests.ps1::Outer > *Hashtable switch\t6.0+ parameter\n");
        Exclusions e = Exclusions.read(list);
        assertEquals("no reason here", e.wholeFile("a/One.Tests.ps1"));
        assertNull(e.wholeFile("a/Two.Tests.ps1"));
        assertEquals("6.0+ parameter", e.test("a/Two.Tests.ps1", "Outer > converts with AsHashtable switch set to True"));
        assertNull(e.test("a/Two.Tests.ps1", "Outer > converts plainly"));
        assertNull(e.test("a/One.Tests.ps1", "Outer > converts with AsHashtable switch"));
    }

    @Test
    void matchesAsCaseInsensitivePrefix() {
        assertTrue(Exclusions.startsLike("Describe > Context > It", "describe > context"));
        assertFalse(Exclusions.startsLike("Describe > Context > It", "Context"));
        assertTrue(Exclusions.startsLike("A (x) > b", "A (x)*b"));
    }
}

package io.openecma.runtime.ecma2;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyedCollectionTest {

    private final ConfigParameterKeyedCollection params = new ConfigParameterKeyedCollection();

    @Test
    void indexesByPositionAndByKeyIgnoringCase() {
        ConfigParameter file = new ConfigParameter("CsvFile_Global", "users.csv");
        ConfigParameter min = new ConfigParameter("MinPasswordLength_Global", "8");
        params.add(file);
        params.add(min);

        assertSame(file, params.get_Item(0));
        assertSame(min, params.get_Item(1L));
        assertSame(file, params.get_Item("csvfile_global"));
        assertEquals(2, params.getCount());
        assertEquals(java.util.List.of("CsvFile_Global", "MinPasswordLength_Global"), params.keys());
    }

    @Test
    void containsAndRemoveTakeAKeyOrAnItem() {
        ConfigParameter file = new ConfigParameter("CsvFile_Global", "users.csv");
        params.add(file);

        assertTrue(params.contains("CSVFILE_GLOBAL"));
        assertTrue(params.contains(file));
        assertFalse(params.contains("Other"));
        assertTrue(params.remove("csvfile_global"));
        assertTrue(params.isEmpty());
    }

    @Test
    void aMissingKeyReadsAsNull() {
        assertNull(params.get_Item("nothing"));
    }

    @Test
    void aSecondItemWithTheSameKeyIsRefused() {
        params.add(new ConfigParameter("A", "1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> params.add(new ConfigParameter("a", "2")));
        assertTrue(e.getMessage().contains("same key"), e.getMessage());
    }

    @Test
    void aPositionOutOfRangeFails() {
        assertThrows(IndexOutOfBoundsException.class, () -> params.get_Item(3));
    }
}

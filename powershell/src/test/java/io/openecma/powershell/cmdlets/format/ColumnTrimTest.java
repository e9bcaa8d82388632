package io.openecma.powershell.cmdlets.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** ColumnWidthManager.TrimToFit: the last visible column gives up the excess, or is hidden below width 1. */
class ColumnTrimTest {

    @Test
    void leavesATableThatFits() {
        int[] widths = {4, 5};
        assertEquals(2, ColumnTrim.visibleColumns(widths, 10));
        assertArrayEquals(new int[] {4, 5}, widths);
    }

    @Test
    void shrinksTheLastColumnByTheExcess() {
        int[] widths = {30, 200};
        assertEquals(2, ColumnTrim.visibleColumns(widths, 120));
        assertArrayEquals(new int[] {30, 89}, widths);
    }

    @Test
    void hidesALastColumnThatWouldBeNarrowerThanOneAndTrimsTheOneBefore() {
        int[] widths = {10, 8, 3};
        // 10+1+8+1+3 = 23 > 12: the last column would need -8, so it goes; then 19 > 12: the second shrinks to 1
        assertEquals(2, ColumnTrim.visibleColumns(widths, 12));
        assertEquals(10, widths[0]);
        assertEquals(1, widths[1]);
    }

    @Test
    void hidesEverythingWhenNotEvenTheFirstColumnFits() {
        int[] widths = {5};
        assertEquals(1, ColumnTrim.visibleColumns(widths, 5));
        assertEquals(0, ColumnTrim.visibleColumns(new int[] {5}, 0));
    }
}

package io.openecma.powershell.cmdlets.format;

/**
 * ColumnWidthManager.TrimToFit (FormatAndOutput/common/ColumnWidthManager.cs): while the table is
 * wider than the line, the last visible column gives up the excess; a column that would drop below
 * the minimum width (1) is hidden, and the one before it is trimmed next. Columns are separated by
 * one space.
 */
final class ColumnTrim {
    private static final int MINIMUM_WIDTH = 1;

    private ColumnTrim() {
    }

    /** Trims {@code widths} in place; returns how many leading columns stay visible. */
    static int visibleColumns(int[] widths, int lineWidth) {
        int visible = widths.length;
        while (visible > 0) {
            int excess = tableWidth(widths, visible) - lineWidth;
            if (excess <= 0) {
                break;
            }
            int last = visible - 1;
            int trimmed = widths[last] - excess;
            if (trimmed < MINIMUM_WIDTH) {
                visible--;
            } else {
                widths[last] = trimmed;
            }
        }
        return visible;
    }

    private static int tableWidth(int[] widths, int visible) {
        int sum = 0;
        for (int i = 0; i < visible; i++) {
            sum += widths[i];
        }
        return sum + Math.max(0, visible - 1);
    }
}

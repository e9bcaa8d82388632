package io.openecma.powershell.cmdlets.format;

import java.util.Locale;

/**
 * A table column's alignment (TextAlignment) and how a cell is padded to the column's width, as
 * TableWriter.GenerateRowField does: Left pads after, Right before, Center half before (rounded
 * down) and the rest after.
 */
enum CellAlignment {
    LEFT, RIGHT, CENTER;

    /** The alignment a calculated property's Alignment key names; null for none given. */
    static CellAlignment named(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "right" -> RIGHT;
            case "center" -> CENTER;
            default -> LEFT;
        };
    }

    String pad(String cell, int width) {
        int padCount = Math.max(0, width - cell.length());
        return switch (this) {
            case LEFT -> cell + " ".repeat(padCount);
            case RIGHT -> " ".repeat(padCount) + cell;
            case CENTER -> " ".repeat(padCount / 2) + cell + " ".repeat(padCount - padCount / 2);
        };
    }
}

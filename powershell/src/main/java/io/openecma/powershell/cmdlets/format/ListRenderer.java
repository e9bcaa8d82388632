package io.openecma.powershell.cmdlets.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out list entries as 5.1 does: "Label : value" with labels padded to the longest, a blank
 * line before each object and one after the last; continuation lines of a multi-line value are
 * indented under the value.
 */
final class ListRenderer {
    private ListRenderer() {
    }

    /** One object's entries: label and text pairs. */
    record Entry(String label, String text) {
    }

    static List<String> render(List<List<Entry>> objects) {
        List<String> lines = new ArrayList<>();
        for (List<Entry> entries : objects) {
            lines.add("");
            int width = 0;
            for (Entry e : entries) {
                width = Math.max(width, e.label().length());
            }
            for (Entry e : entries) {
                String[] parts = e.text().split("\r?\n", -1);
                String label = e.label() + " ".repeat(width - e.label().length()) + " : ";
                lines.add(TableRenderer.stripTrailing(label + parts[0]));
                for (int i = 1; i < parts.length; i++) {
                    lines.add(TableRenderer.stripTrailing(" ".repeat(label.length()) + parts[i]));
                }
            }
        }
        if (!objects.isEmpty()) {
            lines.add("");
        }
        return lines;
    }
}

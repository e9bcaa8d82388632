package io.openecma.powershell.cmdlets.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a table as 5.1's Out-String does for a small input: each column as wide as its widest
 * cell or label (unless a width is given), one space between columns, numbers right-aligned with
 * their labels (a given Alignment, Center included, wins), a dashed underline per label, a blank line before and after. Columns that do not
 * fit the line width are trimmed as ColumnWidthManager does ({@link ColumnTrim}); a cell wider than its column is cut with "...". Multi-line
 * values continue on the following lines. Trailing spaces are not written.
 */
final class TableRenderer {
    private TableRenderer() {
    }

    static List<String> render(List<String> labels, List<CellAlignment> aligns, List<Integer> fixed, List<List<String>> rows,
                               boolean hideHeaders, int lineWidth) {
        int n = labels.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            if (fixed.get(i) > 0) {
                widths[i] = fixed.get(i);
                continue;
            }
            int w = hideHeaders ? 0 : labels.get(i).length();
            for (List<String> row : rows) {
                for (String part : row.get(i).split("\r?\n", -1)) {
                    w = Math.max(w, part.length());
                }
            }
            widths[i] = w;
        }
        int shown = ColumnTrim.visibleColumns(widths, lineWidth);
        if (shown == 0 && n > 0) {
            shown = 1;
            widths[0] = Math.max(1, lineWidth);
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        if (!hideHeaders) {
            List<String> header = new ArrayList<>();
            List<String> dashes = new ArrayList<>();
            for (int i = 0; i < shown; i++) {
                String label = fit(labels.get(i), widths[i]);
                header.add(label);
                dashes.add("-".repeat(label.length()));
            }
            lines.add(row(header, aligns, widths, shown));
            lines.add(row(dashes, aligns, widths, shown));
        }
        for (List<String> r : rows) {
            List<String[]> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < shown; i++) {
                String[] parts = r.get(i).split("\r?\n", -1);
                cells.add(parts);
                height = Math.max(height, parts.length);
            }
            for (int line = 0; line < height; line++) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < shown; i++) {
                    String[] parts = cells.get(i);
                    texts.add(line < parts.length ? fit(parts[line], widths[i]) : "");
                }
                lines.add(row(texts, aligns, widths, shown));
            }
        }
        lines.add("");
        return lines;
    }

    private static String fit(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        return width <= 3 ? text.substring(0, width) : text.substring(0, width - 3) + "...";
    }

    private static String row(List<String> cells, List<CellAlignment> aligns, int[] widths, int shown) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(aligns.get(i).pad(cells.get(i), widths[i]));
        }
        return stripTrailing(sb.toString());
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}

package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Out-String's (and the console's) default rendering of a stream of objects: scalars as their
 * text, dictionaries as Name/Value tables, other objects as tables (consecutive objects of one
 * shape share a table) or lists; the output of Format-* cmdlets as it was rendered.
 */
public final class TextFormatter {
    /** Out-String's width when the host has no console (5.1 uses the console buffer width). */
    public static final int DEFAULT_WIDTH = 120;
    private static final int NAME_COLUMN_WIDTH = 30;

    private TextFormatter() {
    }

    public static List<String> render(CommandContext c, List<Object> items, int width) {
        List<String> lines = new ArrayList<>();
        List<Object> pending = new ArrayList<>();
        String pendingKey = null;
        boolean inMatches = false;
        for (Object item : items) {
            Object v = LanguagePrimitives.unwrapNull(item);
            boolean match = LanguagePrimitives.base(v) instanceof io.openecma.powershell.cmdlets.results.MatchInfo;
            if (inMatches && !match) {
                lines.add("");
            }
            if (match) {
                // 5.1's MatchInfo view: each match's ToString(), the run framed by blank lines.
                if (!pending.isEmpty()) {
                    lines.addAll(table(c, pending, columnsFor(c, pending.get(0)), false, width));
                    pending.clear();
                }
                if (!inMatches) {
                    lines.add("");
                }
                lines.addAll(List.of(LanguagePrimitives.toStringValue(v).split("\r?\n", -1)));
                inMatches = true;
                continue;
            }
            inMatches = false;
            boolean tableObject = v != null && !(v instanceof FormattedOutput) && (ViewColumns.table(v, null) != null
                    || !ObjectShape.isScalar(v) && !ObjectShape.isDictionary(v)
                    && ObjectShape.properties(v).size() <= ObjectShape.MAX_TABLE_COLUMNS && !ObjectShape.properties(v).isEmpty());
            String key = tableObject ? ObjectShape.key(v) : null;
            if (!pending.isEmpty() && (key == null || !key.equals(pendingKey))) {
                lines.addAll(table(c, pending, columnsFor(c, pending.get(0)), false, width));
                pending.clear();
            }
            if (tableObject) {
                pending.add(v);
                pendingKey = key;
                continue;
            }
            lines.addAll(single(c, v, width));
        }
        if (!pending.isEmpty()) {
            lines.addAll(table(c, pending, columnsFor(c, pending.get(0)), false, width));
        }
        if (inMatches) {
            lines.add("");
        }
        return lines;
    }

    /** A loaded table view's columns for the object, else its own properties. */
    static List<Column> columnsFor(CommandContext c, Object first) {
        List<Column> view = ViewColumns.table(first, null);
        return view != null ? view : Columns.defaults(c, first);
    }

    private static List<String> single(CommandContext c, Object v, int width) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof FormattedOutput f) {
            return f.lines();
        }
        if (LanguagePrimitives.base(v) instanceof io.openecma.powershell.dotnet.DotNetDateTime) {
            return List.of("", DateTimeDisplay.text(v), "");
        }
        if (ObjectShape.isScalar(v)) {
            return List.of(LanguagePrimitives.toStringValue(v).split("\r?\n", -1));
        }
        if (ObjectShape.isDictionary(v)) {
            return dictionary((Map<?, ?>) LanguagePrimitives.base(v), width);
        }
        List<String> names = ObjectShape.properties(v);
        if (names.isEmpty()) {
            return List.of(LanguagePrimitives.toStringValue(v));
        }
        return list(c, List.of(v), Columns.defaults(c, v));
    }

    static List<String> dictionary(Map<?, ?> map, int width) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            rows.add(List.of(CellText.of(e.getKey()), CellText.of(e.getValue())));
        }
        return TableRenderer.render(List.of("Name", "Value"), List.of(CellAlignment.LEFT, CellAlignment.LEFT), List.of(NAME_COLUMN_WIDTH, 0), rows,
                false, width);
    }

    static List<String> table(CommandContext c, List<Object> objects, List<Column> columns, boolean hideHeaders, int width) {
        List<String> labels = new ArrayList<>();
        List<CellAlignment> aligns = new ArrayList<>();
        List<Integer> fixed = new ArrayList<>();
        Object first = objects.isEmpty() ? null : objects.get(0);
        for (Column col : columns) {
            labels.add(col.label());
            CellAlignment given = CellAlignment.named(col.alignment());
            aligns.add(given != null ? given : first != null && CellText.rightAligned(col.value(c, first))
                    ? CellAlignment.RIGHT : CellAlignment.LEFT);
            fixed.add(col.width());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object o : objects) {
            List<String> row = new ArrayList<>();
            for (Column col : columns) {
                row.add(col.text(c, o));
            }
            rows.add(row);
        }
        return TableRenderer.render(labels, aligns, fixed, rows, hideHeaders, width);
    }

    static List<String> list(CommandContext c, List<Object> objects, List<Column> columns) {
        List<List<ListRenderer.Entry>> all = new ArrayList<>();
        for (Object o : objects) {
            List<ListRenderer.Entry> entries = new ArrayList<>();
            for (Column col : columns) {
                entries.add(new ListRenderer.Entry(col.label(), col.text(c, o)));
            }
            all.add(entries);
        }
        return ListRenderer.render(all);
    }
}

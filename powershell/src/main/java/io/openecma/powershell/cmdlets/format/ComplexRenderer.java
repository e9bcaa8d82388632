package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.types.TypeRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Format-Custom's default view (ComplexViewObjectBrowser, FormatViewGenerator_Complex.cs): an object
 * is "class ShortTypeName", "{", its properties as "Name = value" two columns in, "}"; a property whose
 * value is a collection opens "[" ... "]" and one that is an object opens its own class block, each
 * nested two more columns in, until -Depth levels (then values are shown as text). A collection shows
 * at most $FormatEnumerationLimit (4) items, then "...".
 */
final class ComplexRenderer {
    private static final int INDENT = 2;
    /** A DictionaryEntry: types.ps1xml's Name alias of Key, then Key and Value. */
    private static final List<Column> ENTRY_COLUMNS = List.of(new Column("Name", "Key", 0, null, null),
            new Column("Key", "Key", 0, null, null), new Column("Value", "Value", 0, null, null));

    private final CommandContext c;
    private final int maxDepth;
    private final List<String> lines = new ArrayList<>();

    ComplexRenderer(CommandContext c, int maxDepth) {
        this.c = c;
        this.maxDepth = maxDepth;
    }

    /** The lines for one input object; {@code columns} null means all its properties. */
    List<String> render(Object item, List<Column> columns) {
        Object v = LanguagePrimitives.unwrapNull(item);
        if (ObjectShape.isScalar(v)) {
            lines.add(CellText.of(v));
        } else if (enumerable(v)) {
            enumeration(v, 0, 0);
        } else {
            object(v, 0, columns, 0);
        }
        return lines;
    }

    private void object(Object o, int level, List<Column> columns, int indent) {
        lines.add(pad(indent) + "class " + shortName(o));
        lines.add(pad(indent) + "{");
        List<Column> cols = columns != null ? columns : o instanceof Map.Entry<?, ?> ? ENTRY_COLUMNS : Columns.defaults(c, o);
        for (Column col : cols) {
            String text = pad(indent + INDENT) + col.label() + " = ";
            Object value = LanguagePrimitives.unwrapNull(col.value(c, o));
            if (value != null && enumerable(value)) {
                lines.add(text);
                enumeration(value, level + 1, indent + 2 * INDENT);
            } else if (value == null || leaf(value, level)) {
                lines.add(text + CellText.of(value));
            } else {
                lines.add(text);
                object(value, level + 1, null, indent + 2 * INDENT);
            }
        }
        lines.add(pad(indent) + "}");
    }

    private void enumeration(Object e, int level, int indent) {
        lines.add(pad(indent) + "[");
        int count = 0;
        Iterable<?> items = LanguagePrimitives.base(e) instanceof Map<?, ?> m ? m.entrySet() : LanguagePrimitives.toList(e);
        for (Object x : items) {
            if (count == CellText.ENUMERATION_LIMIT) {
                lines.add(pad(indent + INDENT) + "...");
                break;
            }
            count++;
            Object item = LanguagePrimitives.unwrapNull(x);
            if (leaf(item, level)) {
                lines.add(pad(indent + INDENT) + CellText.of(item));
            } else if (enumerable(item)) {
                enumeration(item, level + 1, indent + INDENT);
            } else {
                object(item, level + 1, null, indent + INDENT);
            }
        }
        lines.add(pad(indent) + "]");
    }

    private boolean leaf(Object value, int level) {
        return level >= maxDepth || value == null || ObjectShape.isScalar(value);
    }

    /** PSObjectHelper.GetEnumerable: collections and dictionaries (their entries), not strings. */
    private static boolean enumerable(Object value) {
        Object b = LanguagePrimitives.base(value);
        return b instanceof Map<?, ?> || !(b instanceof String) && LanguagePrimitives.isEnumerable(b);
    }

    /** ClassInfoDisplay.shortName: the last dotted part of the first type name. */
    private static String shortName(Object o) {
        if (o instanceof Map.Entry<?, ?>) {
            return "DictionaryEntry";
        }
        String name = o instanceof PSObject p && !p.typeNames().isEmpty() ? p.typeNames().get(0)
                : o instanceof PSObject p && p.isCustomObject() ? "System.Management.Automation.PSCustomObject"
                : TypeRegistry.typeNameOf(o instanceof PSObject p ? p.baseObject() : o);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String pad(int n) {
        return " ".repeat(n);
    }
}

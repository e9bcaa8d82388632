package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.ScriptBlock;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a format.ps1xml TableControl: the TableColumnHeader entries (Label, Width,
 * Alignment) paired in order with the first TableRowEntry's TableColumnItem entries (PropertyName or
 * ScriptBlock). A header without (or with an empty) Label is labelled by its item's property name; a column
 * without Alignment is left-aligned.
 */
final class TableControlReader {
    private TableControlReader() {
    }

    static List<Column> columns(Element table) {
        List<Element> headers = path(table, "TableHeaders", "TableColumnHeader");
        List<Element> items = new ArrayList<>();
        List<Element> entries = path(table, "TableRowEntries", "TableRowEntry");
        if (!entries.isEmpty()) {
            items = path(entries.get(0), "TableColumnItems", "TableColumnItem");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            Element header = i < headers.size() ? headers.get(i) : null;
            String property = text(item, "PropertyName");
            String script = text(item, "ScriptBlock");
            Object expression = script != null
                    ? new ScriptBlock(Parser.parseScript("<format.ps1xml>", script), null) : property == null ? "" : property;
            String label = header == null ? null : text(header, "Label");
            if (label == null || label.isEmpty()) {
                label = property != null ? property : script == null ? "" : script.trim();
            }
            String width = header == null ? null : text(header, "Width");
            // a view's column without Alignment is left-aligned, numbers included (TextAlignment.Undefined)
            String alignment = header == null || text(header, "Alignment") == null ? "Left" : text(header, "Alignment");
            columns.add(new Column(label, expression, width == null ? 0 : Integer.parseInt(width.trim()), alignment,
                    text(item, "FormatString")));
        }
        return columns;
    }

    private static List<Element> path(Element parent, String container, String name) {
        List<Element> out = new ArrayList<>();
        Element box = child(parent, container);
        if (box == null) {
            return out;
        }
        for (Node n = box.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}

package io.openecma.powershell.cmdlets.help;

import io.openecma.powershell.runtime.PSObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MAML elements as the objects Get-Help returns (MamlNode.GetPSObject): an element with only text
 * is that text, trimmed; one with para children is an array of MamlParaTextItem objects with a
 * Text property; any other is an object with one property per child name (an array when the name
 * repeats or the child is paragraphs), typed MamlCommandHelpInfo#name. Attributes become properties.
 */
final class MamlObjects {

    private MamlObjects() {
    }

    static Object toObject(MamlElement e) {
        Object value;
        if (e.children.isEmpty()) {
            String text = e.text == null ? "" : e.text.trim();
            if (e.attributes.isEmpty()) {
                return text;
            }
            value = new PSObject(text);
        } else if (e.children.stream().anyMatch(c -> c.name.equals("para"))) {
            return paragraphs(e);
        } else {
            PSObject o = new PSObject();
            o.typeNames().clear();
            o.typeNames().add("MamlCommandHelpInfo#" + e.name);
            Map<String, List<Object>> grouped = new LinkedHashMap<>();
            for (MamlElement child : e.children) {
                List<Object> values = grouped.computeIfAbsent(child.name, k -> new ArrayList<>());
                Object v = toObject(child);
                if (v instanceof Object[] array) {
                    values.addAll(List.of(array));
                    values.add(PARAGRAPHS);
                } else {
                    values.add(v);
                }
            }
            grouped.forEach((name, values) -> {
                boolean paras = values.remove(PARAGRAPHS);
                while (values.remove(PARAGRAPHS)) {
                    paras = true;
                }
                o.addNoteProperty(name, values.size() == 1 && !paras ? values.get(0) : values.toArray());
            });
            value = o;
        }
        PSObject o = (PSObject) value;
        e.attributes.forEach(o::addNoteProperty);
        return o;
    }

    /** Marks a property whose values are paragraphs: it stays an array even with one (SimplifyProperties). */
    private static final Object PARAGRAPHS = new Object();

    /** Para children (GetMamlFormattingPSObjects): trimmed; all but the last non-empty one end with a line break. */
    private static Object[] paragraphs(MamlElement e) {
        int nonEmpty = 0;
        for (MamlElement c : e.children) {
            if (text(c).trim().length() > 0) {
                nonEmpty++;
            }
        }
        List<Object> out = new ArrayList<>();
        int count = 0;
        for (MamlElement c : e.children) {
            count++;
            String inner = text(c);
            String t;
            if (count != nonEmpty && !inner.trim().isEmpty()) {
                t = inner.trim() + "\r\n";
            } else {
                t = inner.trim();
            }
            PSObject para = new PSObject();
            para.typeNames().clear();
            para.typeNames().add("MamlParaTextItem");
            para.typeNames().add("MamlTextItem");
            para.addNoteProperty("Text", t);
            out.add(para);
        }
        return out.toArray();
    }

    private static String text(MamlElement e) {
        return e.text == null ? "" : e.text;
    }
}

package io.openecma.powershell.cmdlets.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One element of the MAML document help is built as (HelpCommentsParser.BuildXmlFromComments): a local name, attributes, children or text. */
final class MamlElement {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<MamlElement> children = new ArrayList<>();
    String text;

    MamlElement(String name) {
        this.name = name;
    }

    static MamlElement text(String name, String text) {
        MamlElement e = new MamlElement(name);
        e.text = text;
        return e;
    }

    /** Appends a child and returns it. */
    MamlElement add(MamlElement child) {
        children.add(child);
        return child;
    }

    MamlElement add(String childName) {
        return add(new MamlElement(childName));
    }

    MamlElement attr(String key, String value) {
        attributes.put(key, value);
        return this;
    }

    /** {@code <name><para>text</para></name>}. */
    static MamlElement withPara(String name, String text) {
        MamlElement e = new MamlElement(name);
        e.add(MamlElement.text("para", text));
        return e;
    }
}

package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.Members;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * PowerShell's XmlNodeAdapter (CoreAdapter.cs): attributes and child nodes are properties named by
 * their LocalName (case-insensitive, whitespace nodes skipped), taking precedence over the .NET
 * properties. A node with no attributes and only text reads as its text; several nodes of one name
 * read as an array. Setting one writes a string into that text or attribute.
 */
public final class XmlAdapter {
    private XmlAdapter() {
    }

    /** The adapted property's value, or {@link Members#MISSING}. */
    public static Object property(XmlNode target, String name) {
        List<Node> nodes = find(target.node, name);
        if (nodes.isEmpty()) {
            return Members.MISSING;
        }
        if (nodes.size() == 1) {
            return value(nodes.get(0));
        }
        Object[] values = new Object[nodes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(nodes.get(i));
        }
        return values;
    }

    /** Sets an adapted property; false when the node has no attribute or child of that name. */
    public static boolean set(XmlNode target, String name, Object value) {
        List<Node> nodes = find(target.node, name);
        if (nodes.isEmpty()) {
            return false;
        }
        String text = LanguagePrimitives.toStringValue(value);
        if (nodes.size() > 1) {
            throw cannotSet(name);
        }
        XmlNode n = XmlDom.wrap(nodes.get(0));
        if (n instanceof XmlText || n instanceof XmlAttribute) {
            n.setInnerText(text);
            return true;
        }
        NamedNodeMap attrs = n.node.getAttributes();
        if (attrs != null && attrs.getLength() != 0) {
            throw cannotSet(name);
        }
        Node first = n.node.getFirstChild();
        if (first == null || first.getNextSibling() == null && first.getNodeType() == Node.TEXT_NODE
                && first.getUserData(XmlDom.WHITESPACE) == null) {
            n.setInnerText(text);
            return true;
        }
        throw cannotSet(name);
    }

    private static PSRuntimeException cannotSet(String name) {
        return new PSRuntimeException("System.Management.Automation.SetValueException",
                "Cannot set \"" + name + "\" because only strings can be used as values to set XmlNode properties.");
    }

    private static List<Node> find(Node n, String name) {
        List<Node> found = new ArrayList<>();
        if (n.getNodeType() == Node.ELEMENT_NODE) {
            for (Node a : XmlAttributeOrder.of((org.w3c.dom.Element) n)) {
                if (XmlDom.wrap(a).getLocalName().equalsIgnoreCase(name)) {
                    found.add(a);
                }
            }
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            XmlNode w = XmlDom.wrap(c);
            if (!(w instanceof XmlWhitespace) && w.getLocalName().equalsIgnoreCase(name)) {
                found.add(c);
            }
        }
        return found;
    }

    /** GetNodeObject: text as its text; a node without attributes and with at most one text child as its InnerText. */
    private static Object value(Node node) {
        XmlNode n = XmlDom.wrap(node);
        if (n instanceof XmlText) {
            return n.getInnerText();
        }
        XmlAttributeCollection attrs = n.getAttributes();
        if (attrs != null && attrs.getCount() != 0) {
            return n;
        }
        if (!node.hasChildNodes()) {
            return n.getInnerText();
        }
        Node first = node.getFirstChild();
        if (first.getNextSibling() == null && n.getChildNodes().Item(0).getNodeType() == XmlNodeType.Text) {
            return n.getInnerText();
        }
        if (n instanceof XmlAttribute) {
            return n.getValue();
        }
        return n;
    }
}

package io.openecma.powershell.xml;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes nodes as .NET's XmlTextWriter does for OuterXml (compact) and XmlDocument.Save
 * (indented by two spaces, CRLF, no indentation inside mixed content): empty elements as
 * {@code <a />}, double-quoted attributes, and an xmlns declaration added wherever an element's or
 * attribute's namespace is not declared in scope.
 */
final class XmlWriter {
    private static final String NEWLINE = "\r\n";
    private final StringBuilder out;
    private final boolean indent;

    private XmlWriter(StringBuilder out, boolean indent) {
        this.out = out;
        this.indent = indent;
    }

    static void compact(Node n, StringBuilder out) {
        new XmlWriter(out, false).write(n, 0, true, new Scope(null));
    }

    static String document(Document d, boolean indent) {
        StringBuilder sb = new StringBuilder();
        XmlWriter w = new XmlWriter(sb, indent);
        boolean first = true;
        for (Node c = d.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (indent && !first) {
                sb.append(NEWLINE);
            }
            w.write(c, 0, true, new Scope(null));
            first = false;
        }
        return sb.toString();
    }

    /** Prefix bindings in force; "" is the default namespace. */
    private static final class Scope {
        private final Scope parent;
        private final Map<String, String> bindings = new HashMap<>();

        Scope(Scope parent) {
            this.parent = parent;
        }

        String lookup(String prefix) {
            for (Scope s = this; s != null; s = s.parent) {
                String ns = s.bindings.get(prefix);
                if (ns != null) {
                    return ns;
                }
            }
            return prefix.equals("xml") ? "http://www.w3.org/XML/1998/namespace" : prefix.isEmpty() ? "" : null;
        }
    }

    private void write(Node n, int depth, boolean mixed, Scope scope) {
        switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> element(n, depth, scope);
            case Node.TEXT_NODE -> out.append(escape(n.getNodeValue(), false));
            case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(n.getNodeValue()).append("]]>");
            case Node.COMMENT_NODE -> out.append("<!--").append(n.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> {
                String data = n.getNodeValue();
                out.append("<?").append(n.getNodeName()).append(data == null || data.isEmpty() ? "" : " " + data).append("?>");
            }
            case Node.DOCUMENT_NODE -> {
                for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                    write(c, depth, true, scope);
                }
            }
            case Node.DOCUMENT_FRAGMENT_NODE, Node.ENTITY_REFERENCE_NODE -> {
                for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                    write(c, depth, mixed, scope);
                }
            }
            case Node.ATTRIBUTE_NODE -> out.append(escape(n.getNodeValue(), true));
            case Node.DOCUMENT_TYPE_NODE -> doctype((DocumentType) n);
            default -> {
            }
        }
    }

    private void element(Node n, int depth, Scope outer) {
        Scope scope = new Scope(outer);
        String name = n.getNodeName();
        out.append('<').append(name);
        java.util.List<Attr> attrs = XmlAttributeOrder.of((org.w3c.dom.Element) n);
        for (Attr a : attrs) {
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                scope.bindings.put(a.getName().equals("xmlns") ? "" : a.getLocalName(), a.getValue());
            }
        }
        for (Attr a : attrs) {
            out.append(' ').append(a.getName()).append("=\"").append(escape(a.getValue(), true)).append('"');
        }
        declare(scope, prefixOf(n), n.getNamespaceURI(), n.getLocalName() != null);
        for (Attr a : attrs) {
            if (a.getNamespaceURI() != null && !"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI()) && a.getPrefix() != null) {
                declare(scope, a.getPrefix(), a.getNamespaceURI(), true);
            }
        }
        if (!n.hasChildNodes()) {
            out.append(" />");
            return;
        }
        out.append('>');
        // As XmlTextWriter: indentation stops for the rest of an element once text is written in it.
        boolean mixed = !indent;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            short t = c.getNodeType();
            mixed |= t == Node.TEXT_NODE || t == Node.CDATA_SECTION_NODE || t == Node.ENTITY_REFERENCE_NODE;
            if (!mixed) {
                newline(depth + 1);
            }
            write(c, depth + 1, mixed, scope);
        }
        if (!mixed) {
            newline(depth);
        }
        out.append("</").append(name).append('>');
    }

    private void declare(Scope scope, String prefix, String namespace, boolean namespaceAware) {
        if (!namespaceAware) {
            return;
        }
        String ns = namespace == null ? "" : namespace;
        String p = prefix == null ? "" : prefix;
        if (!ns.equals(scope.lookup(p)) && !(p.isEmpty() && ns.isEmpty() && scope.lookup("").isEmpty())) {
            out.append(p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"").append(escape(ns, true)).append('"');
            scope.bindings.put(p, ns);
        }
    }

    private static String prefixOf(Node n) {
        return n.getPrefix();
    }

    private void newline(int depth) {
        out.append(NEWLINE);
        out.append("  ".repeat(depth));
    }

    private void doctype(DocumentType t) {
        out.append("<!DOCTYPE ").append(t.getName());
        if (t.getPublicId() != null) {
            out.append(" PUBLIC \"").append(t.getPublicId()).append("\" \"").append(t.getSystemId()).append('"');
        } else if (t.getSystemId() != null) {
            out.append(" SYSTEM \"").append(t.getSystemId()).append('"');
        }
        if (t.getInternalSubset() != null) {
            out.append('[').append(t.getInternalSubset()).append(']');
        }
        out.append('>');
    }

    static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#xA;" : "\n");
                case '\r' -> sb.append(attribute ? "&#xD;" : "\r");
                case '\t' -> sb.append(attribute ? "&#x9;" : "\t");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}

package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.PSRuntimeException;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.LinkedHashMap;
import java.util.Map;

/** Setting InnerXml: the text is parsed as content of the node, with the namespaces in scope there. */
final class XmlFragments {
    private XmlFragments() {
    }

    static void replaceChildren(XmlNode target, String xml) {
        if (target instanceof XmlAttribute a) {
            a.setValue(xml);
            return;
        }
        if (!(target instanceof XmlElement || target instanceof XmlDocumentFragment)) {
            throw new PSRuntimeException("System.InvalidOperationException",
                    "Cannot set the 'InnerXml' for the current node because it is either read-only or cannot have children.");
        }
        StringBuilder wrapper = new StringBuilder("<openecma-fragment");
        for (Map.Entry<String, String> e : inScope(target.node).entrySet()) {
            wrapper.append(e.getKey().isEmpty() ? " xmlns" : " xmlns:" + e.getKey()).append("=\"")
                    .append(XmlWriter.escape(e.getValue(), true)).append('"');
        }
        wrapper.append('>').append(xml == null ? "" : xml).append("</openecma-fragment>");
        Document parsed = XmlDom.parseText(wrapper.toString());
        while (target.node.getFirstChild() != null) {
            target.node.removeChild(target.node.getFirstChild());
        }
        Document owner = target.ownerDom();
        for (Node c = parsed.getDocumentElement().getFirstChild(); c != null; c = c.getNextSibling()) {
            Node imported = owner.importNode(c, true);
            XmlNode.copyWhitespaceMarks(c, imported);
            target.node.appendChild(imported);
        }
        XmlDom.markWhitespace(target.node, true, false);
    }

    private static Map<String, String> inScope(Node n) {
        Map<String, String> bindings = new LinkedHashMap<>();
        for (Node e = n; e != null && e.getNodeType() == Node.ELEMENT_NODE; e = e.getParentNode()) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                    bindings.putIfAbsent(a.getNodeName().equals("xmlns") ? "" : a.getLocalName(), a.getNodeValue());
                }
            }
        }
        return bindings;
    }
}

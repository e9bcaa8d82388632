package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.PSRuntimeException;
import org.w3c.dom.DOMException;
import org.w3c.dom.Node;

/**
 * System.Xml.XmlNode over a JDK DOM node. Public methods are the .NET members scripts reach (names
 * and behaviour from the .NET Framework's System.Xml); PowerShell's own adapter (child elements
 * and attributes as properties) is {@link XmlAdapter}. Like .NET, a node does not enumerate in the
 * pipeline; its ToString is PowerShell's (the LocalName, from types.ps1xml).
 */
public abstract class XmlNode {
    final Node node;

    XmlNode(Node node) {
        this.node = node;
    }

    public abstract XmlNodeType getNodeType();

    public String getName() {
        return node.getNodeName();
    }

    public String getLocalName() {
        String local = node.getLocalName();
        if (local != null) {
            return local;
        }
        String name = getName();
        int colon = name.indexOf(':');
        return colon >= 0 && !name.startsWith("#") ? name.substring(colon + 1) : name;
    }

    public String getNamespaceURI() {
        String ns = node.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    public String getPrefix() {
        String p = node.getPrefix();
        return p == null ? "" : p;
    }

    public void setPrefix(String prefix) {
        try {
            node.setPrefix(prefix == null || prefix.isEmpty() ? null : prefix);
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    /** Null for elements and documents, as in .NET. */
    public String getValue() {
        return node.getNodeValue();
    }

    public void setValue(String value) {
        throw new PSRuntimeException("System.InvalidOperationException",
                "Cannot set a value on node type '" + getNodeType().name() + "'.");
    }

    /** The text of this node and its descendants (text, CDATA and whitespace; comments and PIs left out). */
    public String getInnerText() {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString();
    }

    private static void appendText(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            short t = c.getNodeType();
            if (t == Node.TEXT_NODE || t == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            } else if (t == Node.ELEMENT_NODE || t == Node.ENTITY_REFERENCE_NODE) {
                appendText(c, sb);
            }
        }
    }

    /** Replaces the children by one text node (elements); other node kinds set their value. */
    public void setInnerText(String text) {
        Node only = node.getFirstChild();
        if (only != null && only.getNextSibling() == null && only.getNodeType() == Node.TEXT_NODE
                && only.getUserData(XmlDom.WHITESPACE) == null) {
            only.setNodeValue(text);
            return;
        }
        while (node.getFirstChild() != null) {
            node.removeChild(node.getFirstChild());
        }
        node.appendChild(ownerDom().createTextNode(text == null ? "" : text));
    }

    public String getInnerXml() {
        StringBuilder sb = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            XmlWriter.compact(c, sb);
        }
        return sb.toString();
    }

    public void setInnerXml(String xml) {
        XmlFragments.replaceChildren(this, xml);
    }

    public String getOuterXml() {
        StringBuilder sb = new StringBuilder();
        XmlWriter.compact(node, sb);
        return sb.toString();
    }

    public XmlNodeList getChildNodes() {
        return XmlNodeList.live(node.getChildNodes());
    }

    /** Only elements have attributes; null elsewhere, as in .NET. */
    public XmlAttributeCollection getAttributes() {
        return null;
    }

    public XmlNode getParentNode() {
        return XmlDom.wrap(node.getParentNode());
    }

    public XmlDocument getOwnerDocument() {
        return (XmlDocument) XmlDom.wrap(node.getOwnerDocument());
    }

    public XmlNode getFirstChild() {
        return XmlDom.wrap(node.getFirstChild());
    }

    public XmlNode getLastChild() {
        return XmlDom.wrap(node.getLastChild());
    }

    public XmlNode getNextSibling() {
        return XmlDom.wrap(node.getNextSibling());
    }

    public XmlNode getPreviousSibling() {
        return XmlDom.wrap(node.getPreviousSibling());
    }

    public boolean getHasChildNodes() {
        return node.hasChildNodes();
    }

    public boolean getIsReadOnly() {
        return false;
    }

    public String getBaseURI() {
        return "";
    }

    /** The first child element with this name (.NET's string indexer); null when there is none. */
    public XmlElement get_Item(String name) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && c.getNodeName().equals(name)) {
                return (XmlElement) XmlDom.wrap(c);
            }
        }
        return null;
    }

    public XmlElement get_Item(String localName, String namespaceURI) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && XmlDom.wrap(c).getLocalName().equals(localName)
                    && XmlDom.wrap(c).getNamespaceURI().equals(namespaceURI == null ? "" : namespaceURI)) {
                return (XmlElement) XmlDom.wrap(c);
            }
        }
        return null;
    }

    public XmlNode AppendChild(XmlNode newChild) {
        return mutate(() -> node.appendChild(adopt(newChild)), newChild);
    }

    public XmlNode PrependChild(XmlNode newChild) {
        return mutate(() -> node.insertBefore(adopt(newChild), node.getFirstChild()), newChild);
    }

    public XmlNode RemoveChild(XmlNode oldChild) {
        if (oldChild == null || oldChild.node.getParentNode() != node) {
            throw new PSRuntimeException("System.ArgumentException", "The node to be removed is not a child of this node.");
        }
        return mutate(() -> node.removeChild(oldChild.node), oldChild);
    }

    /** Puts newChild where oldChild was; returns oldChild, as .NET does. */
    public XmlNode ReplaceChild(XmlNode newChild, XmlNode oldChild) {
        if (oldChild == null || oldChild.node.getParentNode() != node) {
            throw new PSRuntimeException("System.ArgumentException", "The node to be removed is not a child of this node.");
        }
        return mutate(() -> node.replaceChild(adopt(newChild), oldChild.node), oldChild);
    }

    public XmlNode InsertBefore(XmlNode newChild, XmlNode refChild) {
        if (refChild == null) {
            return AppendChild(newChild);
        }
        requireChild(refChild);
        return mutate(() -> node.insertBefore(adopt(newChild), refChild.node), newChild);
    }

    public XmlNode InsertAfter(XmlNode newChild, XmlNode refChild) {
        if (refChild == null) {
            return PrependChild(newChild);
        }
        requireChild(refChild);
        return mutate(() -> node.insertBefore(adopt(newChild), refChild.node.getNextSibling()), newChild);
    }

    private void requireChild(XmlNode refChild) {
        if (refChild.node.getParentNode() != node) {
            throw new PSRuntimeException("System.ArgumentException", "The reference node is not a child of this node.");
        }
    }

    /** .NET refuses a node of another document; the DOM would too, but with its own words. */
    private Node adopt(XmlNode child) {
        if (child == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.");
        }
        if (child.node == node) {
            throw new PSRuntimeException("System.InvalidOperationException",
                    "The specified node cannot be inserted as the valid child of this node, because the specified node is an ancestor of this node.");
        }
        Node owner = node.getNodeType() == Node.DOCUMENT_NODE ? node : node.getOwnerDocument();
        if (child.node.getOwnerDocument() != owner) {
            throw new PSRuntimeException("System.ArgumentException", "The node to be inserted is from a different document context.");
        }
        if (node.getNodeType() == Node.DOCUMENT_NODE && child.node.getNodeType() == Node.ELEMENT_NODE
                && ((org.w3c.dom.Document) node).getDocumentElement() != null
                && ((org.w3c.dom.Document) node).getDocumentElement() != child.node) {
            throw new PSRuntimeException("System.InvalidOperationException", "This document already has a 'DocumentElement' node.");
        }
        return child.node;
    }

    private static XmlNode mutate(Runnable change, XmlNode result) {
        try {
            change.run();
            return result;
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    /** A copy in the same document, not yet in the tree; deep copies the subtree. */
    public XmlNode CloneNode(boolean deep) {
        Node copy = node.cloneNode(deep);
        copyWhitespaceMarks(node, copy);
        return XmlDom.wrap(copy);
    }

    public XmlNode Clone() {
        return CloneNode(true);
    }

    /** Copies the marks the DOM does not carry over (whitespace kinds, attribute order) to a copy. */
    static void copyWhitespaceMarks(Node from, Node to) {
        Object mark = from.getUserData(XmlDom.WHITESPACE);
        if (mark != null) {
            to.setUserData(XmlDom.WHITESPACE, mark, null);
        }
        if (from.getNodeType() == Node.ELEMENT_NODE && to.getNodeType() == Node.ELEMENT_NODE) {
            org.w3c.dom.NamedNodeMap fa = from.getAttributes();
            org.w3c.dom.NamedNodeMap ta = to.getAttributes();
            for (int i = 0; i < fa.getLength() && i < ta.getLength(); i++) {
                XmlAttributeOrder.copy(fa.item(i), ta.item(i));
            }
        }
        Node a = from.getFirstChild();
        Node b = to.getFirstChild();
        while (a != null && b != null) {
            copyWhitespaceMarks(a, b);
            a = a.getNextSibling();
            b = b.getNextSibling();
        }
    }

    /** Removes all children (and, for elements, all attributes). */
    public void RemoveAll() {
        while (node.getFirstChild() != null) {
            node.removeChild(node.getFirstChild());
        }
    }

    public void Normalize() {
        node.normalize();
    }

    public XmlNodeList SelectNodes(String xpath) {
        return XmlXPath.select(this, xpath, null);
    }

    public XmlNodeList SelectNodes(String xpath, XmlNamespaceManager nsmgr) {
        return XmlXPath.select(this, xpath, nsmgr);
    }

    public XmlNode SelectSingleNode(String xpath) {
        XmlNodeList all = SelectNodes(xpath);
        return all.getCount() == 0 ? null : all.Item(0);
    }

    public XmlNode SelectSingleNode(String xpath, XmlNamespaceManager nsmgr) {
        XmlNodeList all = SelectNodes(xpath, nsmgr);
        return all.getCount() == 0 ? null : all.Item(0);
    }

    public String GetNamespaceOfPrefix(String prefix) {
        String ns = node.lookupNamespaceURI(prefix == null || prefix.isEmpty() ? null : prefix);
        return ns == null ? "" : ns;
    }

    public String GetPrefixOfNamespace(String namespaceURI) {
        String p = node.lookupPrefix(namespaceURI);
        return p == null ? "" : p;
    }

    org.w3c.dom.Document ownerDom() {
        return node.getNodeType() == Node.DOCUMENT_NODE ? (org.w3c.dom.Document) node : node.getOwnerDocument();
    }

    /** PowerShell's ToString for XmlNode (types.ps1xml): the LocalName. */
    @Override
    public String toString() {
        return getLocalName();
    }
}

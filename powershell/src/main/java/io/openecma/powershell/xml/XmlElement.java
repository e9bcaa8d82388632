package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.PSRuntimeException;
import org.w3c.dom.Attr;
import org.w3c.dom.DOMException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** System.Xml.XmlElement. */
public class XmlElement extends XmlNode {
    XmlElement(Node node) {
        super(node);
    }

    private Element element() {
        return (Element) node;
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.Element;
    }

    @Override
    public XmlAttributeCollection getAttributes() {
        return new XmlAttributeCollection(element());
    }

    public boolean getHasAttributes() {
        return element().hasAttributes();
    }

    /** True when the element has no content (serialised as {@code <a />}); setting true removes the children. */
    public boolean getIsEmpty() {
        return !node.hasChildNodes();
    }

    public void setIsEmpty(boolean empty) {
        if (empty) {
            super.RemoveAll();
        }
    }

    /** The attribute's value, or "" when there is none. */
    public String GetAttribute(String name) {
        return element().getAttribute(name);
    }

    public String GetAttribute(String localName, String namespaceURI) {
        Attr a = element().getAttributeNodeNS(ns(namespaceURI), localName);
        return a == null ? "" : a.getValue();
    }

    public void SetAttribute(String name, String value) {
        try {
            Attr existing = element().getAttributeNode(name);
            if (existing != null) {
                existing.setValue(value == null ? "" : value);
            } else if (name.startsWith("xmlns")) {
                element().setAttributeNS("http://www.w3.org/2000/xmlns/", name, value == null ? "" : value);
            } else if (name.indexOf(':') < 0) {
                element().setAttributeNS(null, name, value == null ? "" : value);
            } else {
                element().setAttribute(name, value == null ? "" : value);
            }
            XmlAttributeOrder.mark(element().getAttributeNode(name));
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    public String SetAttribute(String localName, String namespaceURI, String value) {
        try {
            Attr existing = element().getAttributeNodeNS(ns(namespaceURI), localName);
            if (existing != null) {
                existing.setValue(value);
            } else {
                String prefix = ns(namespaceURI) == null ? null : element().lookupPrefix(namespaceURI);
                element().setAttributeNS(ns(namespaceURI), prefix == null ? localName : prefix + ":" + localName, value);
                XmlAttributeOrder.mark(element().getAttributeNodeNS(ns(namespaceURI), localName));
            }
            return value;
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    public void RemoveAttribute(String name) {
        if (element().hasAttribute(name)) {
            element().removeAttribute(name);
        }
    }

    public void RemoveAttribute(String localName, String namespaceURI) {
        if (element().hasAttributeNS(ns(namespaceURI), localName)) {
            element().removeAttributeNS(ns(namespaceURI), localName);
        }
    }

    public void RemoveAllAttributes() {
        while (element().getAttributes().getLength() > 0) {
            element().removeAttributeNode((Attr) element().getAttributes().item(0));
        }
    }

    @Override
    public void RemoveAll() {
        super.RemoveAll();
        RemoveAllAttributes();
    }

    public boolean HasAttribute(String name) {
        return element().hasAttribute(name);
    }

    public boolean HasAttribute(String localName, String namespaceURI) {
        return element().hasAttributeNS(ns(namespaceURI), localName);
    }

    public XmlAttribute GetAttributeNode(String name) {
        return (XmlAttribute) XmlDom.wrap(element().getAttributeNode(name));
    }

    public XmlAttribute GetAttributeNode(String localName, String namespaceURI) {
        return (XmlAttribute) XmlDom.wrap(element().getAttributeNodeNS(ns(namespaceURI), localName));
    }

    /** Adds the attribute (replacing one of the same name); returns the replaced one or null. */
    public XmlAttribute SetAttributeNode(XmlAttribute attribute) {
        if (attribute.node.getOwnerDocument() != node.getOwnerDocument()) {
            throw new PSRuntimeException("System.ArgumentException", "The named node is from a different document context.");
        }
        try {
            if (((Attr) attribute.node).getOwnerElement() != node) {
                XmlAttributeOrder.renew(attribute.node);
            }
            return (XmlAttribute) XmlDom.wrap(element().setAttributeNodeNS((Attr) attribute.node));
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    public XmlAttribute RemoveAttributeNode(XmlAttribute attribute) {
        try {
            return (XmlAttribute) XmlDom.wrap(element().removeAttributeNode((Attr) attribute.node));
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    /** Descendant elements whose Name matches ({@code *} matches all), in document order; the list is live. */
    public XmlNodeList GetElementsByTagName(String name) {
        return XmlNodeList.live(element().getElementsByTagName(name));
    }

    public XmlNodeList GetElementsByTagName(String localName, String namespaceURI) {
        return XmlNodeList.live(element().getElementsByTagNameNS(namespaceURI == null ? "" : namespaceURI.isEmpty() ? null : namespaceURI, localName));
    }

    static String ns(String namespaceURI) {
        return namespaceURI == null || namespaceURI.isEmpty() ? null : namespaceURI;
    }
}

package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.PSRuntimeException;
import org.w3c.dom.Attr;
import org.w3c.dom.DOMException;
import org.w3c.dom.Element;

import java.util.Iterator;

/** System.Xml.XmlAttributeCollection: an element's attributes by position or name; enumerable. */
public class XmlAttributeCollection implements Iterable<XmlAttribute> {
    private final Element owner;

    XmlAttributeCollection(Element owner) {
        this.owner = owner;
    }

    public int getCount() {
        return owner.getAttributes().getLength();
    }

    /** By position (null past the end) or by qualified name (null when absent). */
    public XmlAttribute get_Item(Object indexOrName) {
        if (indexOrName instanceof Number n) {
            int i = n.intValue();
            return i < 0 || i >= getCount() ? null : (XmlAttribute) XmlDom.wrap(XmlAttributeOrder.of(owner).get(i));
        }
        return (XmlAttribute) XmlDom.wrap(owner.getAttributeNode(String.valueOf(indexOrName)));
    }

    public XmlAttribute get_Item(String localName, String namespaceURI) {
        return (XmlAttribute) XmlDom.wrap(owner.getAttributeNodeNS(XmlElement.ns(namespaceURI), localName));
    }

    public XmlAttribute Item(int index) {
        return get_Item(index);
    }

    public XmlNode GetNamedItem(String name) {
        return XmlDom.wrap(owner.getAttributeNode(name));
    }

    public XmlNode GetNamedItem(String localName, String namespaceURI) {
        return get_Item(localName, namespaceURI);
    }

    public XmlNode SetNamedItem(XmlNode attribute) {
        return Append(cast(attribute));
    }

    public XmlNode RemoveNamedItem(String name) {
        Attr a = owner.getAttributeNode(name);
        return a == null ? null : XmlDom.wrap(owner.removeAttributeNode(a));
    }

    /** Adds the attribute (replacing one of the same name) and returns it. */
    public XmlAttribute Append(XmlAttribute attribute) {
        cast(attribute);
        if (attribute.node.getOwnerDocument() != owner.getOwnerDocument()) {
            throw new PSRuntimeException("System.ArgumentException", "The named node is from a different document context.");
        }
        try {
            if (((Attr) attribute.node).getOwnerElement() != owner) {
                XmlAttributeOrder.renew(attribute.node);
            }
            owner.setAttributeNodeNS((Attr) attribute.node);
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
        return attribute;
    }

    public XmlAttribute Remove(XmlAttribute attribute) {
        if (attribute == null || ((Attr) attribute.node).getOwnerElement() != owner) {
            return null;
        }
        owner.removeAttributeNode((Attr) attribute.node);
        return attribute;
    }

    public XmlAttribute RemoveAt(int index) {
        XmlAttribute a = get_Item(index);
        return a == null ? null : Remove(a);
    }

    public void RemoveAll() {
        while (getCount() > 0) {
            owner.removeAttributeNode((Attr) owner.getAttributes().item(0));
        }
    }

    private static XmlAttribute cast(XmlNode n) {
        if (n instanceof XmlAttribute a) {
            return a;
        }
        throw new PSRuntimeException("System.ArgumentException", "An 'Attributes' collection can only contain 'Attribute' objects.");
    }

    @Override
    public Iterator<XmlAttribute> iterator() {
        return new IndexedIterator<>(this::getCount, this::get_Item);
    }

    @Override
    public String toString() {
        return "System.Xml.XmlAttributeCollection";
    }
}

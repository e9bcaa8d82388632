package io.openecma.powershell.xml;

import org.w3c.dom.Attr;
import org.w3c.dom.Node;

/** System.Xml.XmlAttribute: its value is its text; its parent is null and OwnerElement its element. */
public class XmlAttribute extends XmlNode {
    XmlAttribute(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.Attribute;
    }

    @Override
    public void setValue(String value) {
        ((Attr) node).setValue(value == null ? "" : value);
    }

    @Override
    public String getInnerText() {
        return node.getNodeValue();
    }

    @Override
    public void setInnerText(String text) {
        setValue(text);
    }

    @Override
    public XmlNode getParentNode() {
        return null;
    }

    public XmlElement getOwnerElement() {
        return (XmlElement) XmlDom.wrap(((Attr) node).getOwnerElement());
    }

    public boolean getSpecified() {
        return ((Attr) node).getSpecified();
    }
}

package io.openecma.powershell.xml;

import org.w3c.dom.CharacterData;
import org.w3c.dom.Node;

/** System.Xml.XmlCharacterData: text, CDATA, comments and whitespace; Value, Data and InnerText are the text. */
public abstract class XmlCharacterData extends XmlNode {
    XmlCharacterData(Node node) {
        super(node);
    }

    public String getData() {
        return node.getNodeValue();
    }

    public void setData(String data) {
        setValue(data);
    }

    public int getLength() {
        return node.getNodeValue().length();
    }

    @Override
    public void setValue(String value) {
        node.setNodeValue(value == null ? "" : value);
    }

    @Override
    public String getInnerText() {
        return node.getNodeValue();
    }

    @Override
    public void setInnerText(String text) {
        setValue(text);
    }

    public void AppendData(String text) {
        ((CharacterData) node).appendData(text);
    }

    public String Substring(int offset, int count) {
        return ((CharacterData) node).substringData(offset, count);
    }
}

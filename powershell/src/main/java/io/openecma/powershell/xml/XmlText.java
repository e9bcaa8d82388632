package io.openecma.powershell.xml;

import org.w3c.dom.Node;

/** System.Xml.XmlText. */
public class XmlText extends XmlCharacterData {
    XmlText(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.Text;
    }

    @Override
    public String getName() {
        return "#text";
    }

    @Override
    public String getLocalName() {
        return "#text";
    }
}

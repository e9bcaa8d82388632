package io.openecma.powershell.xml;

import org.w3c.dom.Node;

/** System.Xml.XmlWhitespace. */
public class XmlWhitespace extends XmlCharacterData {
    XmlWhitespace(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.Whitespace;
    }

    @Override
    public String getName() {
        return "#whitespace";
    }

    @Override
    public String getLocalName() {
        return "#whitespace";
    }
}

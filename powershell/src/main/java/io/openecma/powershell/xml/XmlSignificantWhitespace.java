package io.openecma.powershell.xml;

import org.w3c.dom.Node;

/** System.Xml.XmlSignificantWhitespace. */
public class XmlSignificantWhitespace extends XmlCharacterData {
    XmlSignificantWhitespace(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.SignificantWhitespace;
    }

    @Override
    public String getName() {
        return "#significant-whitespace";
    }

    @Override
    public String getLocalName() {
        return "#significant-whitespace";
    }
}

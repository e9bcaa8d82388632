package io.openecma.powershell.xml;

import org.w3c.dom.Node;

/** System.Xml.XmlCDataSection. */
public class XmlCDataSection extends XmlCharacterData {
    XmlCDataSection(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.CDATA;
    }

    @Override
    public String getName() {
        return "#cdata-section";
    }

    @Override
    public String getLocalName() {
        return "#cdata-section";
    }
}

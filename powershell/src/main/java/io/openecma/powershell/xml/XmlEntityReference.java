package io.openecma.powershell.xml;

import org.w3c.dom.Node;

/** System.Xml.XmlEntityReference (entities are expanded at load, so only hand-made ones appear). */
public class XmlEntityReference extends XmlNode {
    XmlEntityReference(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.EntityReference;
    }
}

package io.openecma.powershell.xml;

import org.w3c.dom.Node;

/** System.Xml.XmlComment. */
public class XmlComment extends XmlCharacterData {
    XmlComment(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.Comment;
    }

    @Override
    public String getName() {
        return "#comment";
    }

    @Override
    public String getLocalName() {
        return "#comment";
    }
}

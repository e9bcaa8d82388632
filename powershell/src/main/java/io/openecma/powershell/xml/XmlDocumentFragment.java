package io.openecma.powershell.xml;

import org.w3c.dom.Node;

/** System.Xml.XmlDocumentFragment: inserting it inserts its children. */
public class XmlDocumentFragment extends XmlNode {
    XmlDocumentFragment(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.DocumentFragment;
    }
}

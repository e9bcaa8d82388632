package io.openecma.powershell.xml;

import org.w3c.dom.DocumentType;
import org.w3c.dom.Node;

/** System.Xml.XmlDocumentType (the DOCTYPE node of a document). */
public class XmlDocumentType extends XmlNode {
    XmlDocumentType(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.DocumentType;
    }

    public String getPublicId() {
        return ((DocumentType) node).getPublicId();
    }

    public String getSystemId() {
        return ((DocumentType) node).getSystemId();
    }

    public String getInternalSubset() {
        return ((DocumentType) node).getInternalSubset();
    }
}

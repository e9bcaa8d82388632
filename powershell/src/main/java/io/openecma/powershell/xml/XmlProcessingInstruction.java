package io.openecma.powershell.xml;

import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/** System.Xml.XmlProcessingInstruction: Name is the target, Value and Data the rest. */
public class XmlProcessingInstruction extends XmlNode {
    XmlProcessingInstruction(Node node) {
        super(node);
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.ProcessingInstruction;
    }

    public String getTarget() {
        return node.getNodeName();
    }

    public String getData() {
        return node.getNodeValue();
    }

    @Override
    public void setValue(String value) {
        ((ProcessingInstruction) node).setData(value == null ? "" : value);
    }

    @Override
    public String getInnerText() {
        return node.getNodeValue();
    }

    @Override
    public void setInnerText(String text) {
        setValue(text);
    }
}

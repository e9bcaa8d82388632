package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.PSRuntimeException;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * System.Xml.XmlDocument ({@code [xml]}). Load/LoadXml replace this document's content (the object
 * stays the same, as in .NET); Load and Save go through the engine's confined file-system access.
 */
public class XmlDocument extends XmlNode {
    private boolean preserveWhitespace;
    private final XmlNameTable nameTable = new XmlNameTable();

    public XmlDocument() {
        this(XmlDom.newDocument());
    }

    XmlDocument(Document d) {
        super(d);
        d.setXmlStandalone(true);
        XmlDom.remember(this);
    }

    Document dom() {
        return (Document) node;
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.Document;
    }

    @Override
    public String getName() {
        return "#document";
    }

    @Override
    public String getLocalName() {
        return "#document";
    }

    @Override
    public XmlDocument getOwnerDocument() {
        return null;
    }

    public XmlElement getDocumentElement() {
        return (XmlElement) XmlDom.wrap(dom().getDocumentElement());
    }

    public XmlDocumentType getDocumentType() {
        return (XmlDocumentType) XmlDom.wrap(dom().getDoctype());
    }

    public boolean getPreserveWhitespace() {
        return preserveWhitespace;
    }

    public void setPreserveWhitespace(boolean preserve) {
        this.preserveWhitespace = preserve;
    }

    public XmlNameTable getNameTable() {
        return nameTable;
    }

    @Override
    public void setInnerText(String text) {
        throw new PSRuntimeException("System.InvalidOperationException",
                "The 'InnerText' of a 'Document' node is read-only and cannot be set.");
    }

    @Override
    public void setInnerXml(String xml) {
        LoadXml(xml);
    }

    // ---------------------------------------------------------------- load and save

    public void LoadXml(String xml) {
        if (xml == null) {
            throw new PSRuntimeException("System.Xml.XmlException", "Root element is missing.");
        }
        replaceContent(XmlDom.parseText(xml), xml);
    }

    public void Load(String filename) {
        byte[] bytes = XmlFiles.read(filename);
        replaceContent(XmlDom.parseBytes(bytes), XmlDom.head(bytes));
    }

    /** Takes over the parsed document's nodes, then applies the declaration and whitespace rules. */
    private void replaceContent(Document parsed, String head) {
        RemoveAll();
        for (Node c = parsed.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.DOCUMENT_TYPE_NODE) {
                continue;
            }
            if (c.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE && "xml".equals(c.getNodeName())) {
                continue;
            }
            Node imported = dom().importNode(c, true);
            copyWhitespaceMarks(c, imported);
            node.appendChild(imported);
        }
        XmlDom.finish(dom(), head, preserveWhitespace);
    }

    /** Indented (two spaces) unless PreserveWhitespace, as .NET's XmlDocument.Save. */
    public void Save(String filename) {
        if (dom().getDocumentElement() == null) {
            throw new PSRuntimeException("System.Xml.XmlException",
                    "Invalid XML document. The document does not have a root element.");
        }
        XmlDeclaration declaration = getFirstChild() instanceof XmlDeclaration d ? d : null;
        String text = XmlWriter.document(dom(), !preserveWhitespace);
        XmlFiles.write(filename, text, declaration == null ? "" : declaration.getEncoding());
    }

    // ---------------------------------------------------------------- factories

    public XmlElement CreateElement(String name) {
        return CreateElement(name, "");
    }

    public XmlElement CreateElement(String qualifiedName, String namespaceURI) {
        try {
            String ns = XmlElement.ns(namespaceURI);
            Node e = ns == null && qualifiedName.indexOf(':') >= 0 ? dom().createElement(qualifiedName)
                    : dom().createElementNS(ns, qualifiedName);
            return (XmlElement) XmlDom.wrap(e);
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    public XmlElement CreateElement(String prefix, String localName, String namespaceURI) {
        return CreateElement(prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName, namespaceURI);
    }

    public XmlAttribute CreateAttribute(String name) {
        String ns = name.equals("xmlns") || name.startsWith("xmlns:") ? "http://www.w3.org/2000/xmlns/" : "";
        return CreateAttribute(name, ns);
    }

    public XmlAttribute CreateAttribute(String qualifiedName, String namespaceURI) {
        try {
            String ns = XmlElement.ns(namespaceURI);
            Node a = ns == null && qualifiedName.indexOf(':') >= 0 ? dom().createAttribute(qualifiedName)
                    : dom().createAttributeNS(ns, qualifiedName);
            return (XmlAttribute) XmlDom.wrap(a);
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    public XmlAttribute CreateAttribute(String prefix, String localName, String namespaceURI) {
        return CreateAttribute(prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName, namespaceURI);
    }

    public XmlText CreateTextNode(String text) {
        return (XmlText) XmlDom.wrap(dom().createTextNode(text == null ? "" : text));
    }

    public XmlComment CreateComment(String data) {
        return (XmlComment) XmlDom.wrap(dom().createComment(data == null ? "" : data));
    }

    public XmlCDataSection CreateCDataSection(String data) {
        return (XmlCDataSection) XmlDom.wrap(dom().createCDATASection(data == null ? "" : data));
    }

    public XmlWhitespace CreateWhitespace(String text) {
        return (XmlWhitespace) whitespace(text, "ws");
    }

    public XmlSignificantWhitespace CreateSignificantWhitespace(String text) {
        return (XmlSignificantWhitespace) whitespace(text, "sws");
    }

    private XmlNode whitespace(String text, String kind) {
        String t = text == null ? "" : text;
        if (!XmlDom.isWhitespace(t)) {
            throw new PSRuntimeException("System.ArgumentException", "The string for white space contains an invalid character.");
        }
        Node n = dom().createTextNode(t);
        n.setUserData(XmlDom.WHITESPACE, kind, null);
        return XmlDom.wrap(n);
    }

    public XmlProcessingInstruction CreateProcessingInstruction(String target, String data) {
        try {
            return (XmlProcessingInstruction) XmlDom.wrap(dom().createProcessingInstruction(target, data == null ? "" : data));
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    /** .NET accepts only version "1.0" and a standalone of "", "yes" or "no". */
    public XmlDeclaration CreateXmlDeclaration(String version, String encoding, String standalone) {
        if (!"1.0".equals(version)) {
            throw new PSRuntimeException("System.ArgumentException", "Only an XML declaration with version='1.0' is supported.");
        }
        if (standalone != null && !standalone.isEmpty() && !standalone.equals("yes") && !standalone.equals("no")) {
            throw new PSRuntimeException("System.ArgumentException",
                    "Wrong XML declaration. The 'standalone' attribute must have the value 'yes' or 'no'.");
        }
        return (XmlDeclaration) XmlDom.wrap(XmlDeclaration.create(dom(), version, encoding, standalone));
    }

    public XmlDocumentFragment CreateDocumentFragment() {
        return (XmlDocumentFragment) XmlDom.wrap(dom().createDocumentFragment());
    }

    /** A copy of a node (from any document) owned by this one, not yet in the tree. */
    public XmlNode ImportNode(XmlNode node, boolean deep) {
        if (node == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.");
        }
        if (node instanceof XmlDocument) {
            throw new PSRuntimeException("System.InvalidOperationException", "Cannot import nodes of type 'Document'.");
        }
        try {
            Node copy = dom().importNode(node.node, deep);
            copyWhitespaceMarks(node.node, copy);
            return XmlDom.wrap(copy);
        } catch (DOMException e) {
            throw XmlDom.domError(e);
        }
    }

    public XmlNodeList GetElementsByTagName(String name) {
        return XmlNodeList.live(dom().getElementsByTagName(name));
    }

    public XmlNodeList GetElementsByTagName(String localName, String namespaceURI) {
        return XmlNodeList.live(dom().getElementsByTagNameNS(XmlElement.ns(namespaceURI), localName));
    }

    @Override
    public XmlNode CloneNode(boolean deep) {
        XmlDocument copy = new XmlDocument();
        copy.preserveWhitespace = preserveWhitespace;
        if (deep) {
            for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() != Node.DOCUMENT_TYPE_NODE) {
                    Node n = copy.dom().importNode(c, true);
                    copyWhitespaceMarks(c, n);
                    copy.node.appendChild(n);
                }
            }
        }
        return copy;
    }
}

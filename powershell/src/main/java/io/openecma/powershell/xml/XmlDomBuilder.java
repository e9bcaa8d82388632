package io.openecma.powershell.xml;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Builds the DOM from SAX events rather than with the JDK's DocumentBuilder, because that one
 * sorts attributes by name while .NET keeps them in document order (visible in OuterXml and when
 * enumerating Attributes). Each attribute gets its order mark ({@link XmlAttributeOrder}).
 */
final class XmlDomBuilder extends DefaultHandler2 {
    private final Document document;
    private Node current;
    private final StringBuilder text = new StringBuilder();
    private boolean inCData;
    private boolean inDtd;

    XmlDomBuilder(Document document) {
        this.document = document;
        this.current = document;
    }

    private void flush() {
        if (text.length() > 0) {
            current.appendChild(document.createTextNode(text.toString()));
            text.setLength(0);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        flush();
        Element e = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getQName(i);
            String ns = name.equals("xmlns") || name.startsWith("xmlns:") ? "http://www.w3.org/2000/xmlns/" : attributes.getURI(i);
            Attr a = document.createAttributeNS(ns == null || ns.isEmpty() ? null : ns, name);
            a.setValue(attributes.getValue(i));
            e.setAttributeNodeNS(a);
            XmlAttributeOrder.mark(a);
        }
        current.appendChild(e);
        current = e;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        flush();
        current = current.getParentNode();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inCData) {
            text.append(ch, start, length);
        } else if (!inDtd && current != document) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
        flush();
        current.appendChild(document.createProcessingInstruction(target, data == null ? "" : data));
    }

    @Override
    public void comment(char[] ch, int start, int length) {
        if (inDtd) {
            return;
        }
        flush();
        current.appendChild(document.createComment(new String(ch, start, length)));
    }

    @Override
    public void startCDATA() {
        flush();
        inCData = true;
    }

    @Override
    public void endCDATA() {
        current.appendChild(document.createCDATASection(text.toString()));
        text.setLength(0);
        inCData = false;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
        inDtd = true;
    }

    @Override
    public void endDTD() {
        inDtd = false;
    }

    @Override
    public void warning(org.xml.sax.SAXParseException e) {
    }

    @Override
    public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
        throw e;
    }
}

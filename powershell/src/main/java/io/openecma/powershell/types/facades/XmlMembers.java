package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;

/** [xml] documents; dotted navigation is done by Members (child elements and attributes by name). */
public final class XmlMembers {
    private XmlMembers() {
    }

    public static Document newDocument() {
        try {
            return factory().newDocumentBuilder().newDocument();
        } catch (Exception e) {
            throw new PSRuntimeException("Xml.XmlException", e.getMessage());
        }
    }

    private static DocumentBuilderFactory factory() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f;
    }

    public static Object toDocument(Object value) {
        Object b = LanguagePrimitives.base(value);
        if (b instanceof Document d) {
            return d;
        }
        String text = LanguagePrimitives.isEnumerable(b)
                ? String.join("\n", LanguagePrimitives.toList(b).stream().map(LanguagePrimitives::toStringValue).toList())
                : LanguagePrimitives.toStringValue(b);
        try {
            return factory().newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                    "Cannot convert value \"" + text + "\" to type \"System.Xml.XmlDocument\". Error: \"" + e.getMessage() + "\"");
        }
    }

    public static String getInnerText(Node n) {
        return n.getTextContent();
    }

    public static String getOuterXml(Node n) {
        try {
            javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            java.io.StringWriter w = new java.io.StringWriter();
            t.transform(new javax.xml.transform.dom.DOMSource(n), new javax.xml.transform.stream.StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            throw new PSRuntimeException("Xml.XmlException", e.getMessage());
        }
    }

    public static boolean HasAttribute(Element e, String name) {
        return e.hasAttribute(name);
    }

    public static Object[] getChildNodes(Node n) {
        org.w3c.dom.NodeList list = n.getChildNodes();
        Object[] items = new Object[list.getLength()];
        for (int i = 0; i < items.length; i++) {
            items[i] = list.item(i);
        }
        return items;
    }

    public static String getName(Node n) {
        return n.getNodeName();
    }

    public static String getValue(Node n) {
        return n.getNodeValue();
    }

    public static String GetAttribute(Element e, String name) {
        return e.getAttribute(name);
    }

    public static Object getDocumentElement(Document d) {
        return d.getDocumentElement();
    }

    public static String getLocalName(Node n) {
        return n.getNodeName();
    }

    public static Object SelectNodes(Node n, String xpath) {
        try {
            javax.xml.xpath.XPath x = javax.xml.xpath.XPathFactory.newInstance().newXPath();
            org.w3c.dom.NodeList list = (org.w3c.dom.NodeList) x.evaluate(xpath, n, javax.xml.xpath.XPathConstants.NODESET);
            Object[] items = new Object[list.getLength()];
            for (int i = 0; i < items.length; i++) {
                items[i] = list.item(i);
            }
            return items;
        } catch (Exception e) {
            throw new PSRuntimeException("System.Xml.XPath.XPathException", e.getMessage());
        }
    }

    public static Object SelectSingleNode(Node n, String xpath) {
        Object[] all = (Object[]) SelectNodes(n, xpath);
        return all.length == 0 ? null : all[0];
    }
}

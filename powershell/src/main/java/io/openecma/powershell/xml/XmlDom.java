package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.PSRuntimeException;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's side of the System.Xml facade (not visible to scripts): wraps JDK DOM nodes in their
 * .NET classes (one wrapper per node, so identity and {@code -eq} hold), parses text the way
 * XmlDocument.Load does (declaration kept as a node, insignificant whitespace dropped unless
 * PreserveWhitespace), and turns DOM errors into .NET's exceptions.
 */
public final class XmlDom {
    private static final String WRAPPER = "openecma.xml.wrapper";
    /** Marks a whitespace-only text node as .NET's XmlWhitespace ("ws") or XmlSignificantWhitespace ("sws"). */
    static final String WHITESPACE = "openecma.xml.whitespace";
    private static final Pattern DECLARATION = Pattern.compile("^\\uFEFF?<\\?xml\\s([^?]*)\\?>");

    private XmlDom() {
    }

    /** The script-facing wrapper of a DOM node (null for null). */
    public static XmlNode wrap(Node n) {
        if (n == null) {
            return null;
        }
        Object cached = n.getUserData(WRAPPER);
        if (cached instanceof XmlNode w && w.node == n) {
            return w;
        }
        XmlNode w = create(n);
        n.setUserData(WRAPPER, w, null);
        return w;
    }

    static void remember(XmlNode wrapper) {
        wrapper.node.setUserData(WRAPPER, wrapper, null);
    }

    private static XmlNode create(Node n) {
        return switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> new XmlElement(n);
            case Node.ATTRIBUTE_NODE -> new XmlAttribute(n);
            case Node.TEXT_NODE -> {
                Object ws = n.getUserData(WHITESPACE);
                yield "ws".equals(ws) ? new XmlWhitespace(n) : "sws".equals(ws) ? new XmlSignificantWhitespace(n) : new XmlText(n);
            }
            case Node.CDATA_SECTION_NODE -> new XmlCDataSection(n);
            case Node.COMMENT_NODE -> new XmlComment(n);
            case Node.PROCESSING_INSTRUCTION_NODE -> "xml".equals(n.getNodeName())
                    ? new XmlDeclaration(n) : new XmlProcessingInstruction(n);
            case Node.DOCUMENT_NODE -> new XmlDocument((Document) n);
            case Node.DOCUMENT_FRAGMENT_NODE -> new XmlDocumentFragment(n);
            case Node.DOCUMENT_TYPE_NODE -> new XmlDocumentType(n);
            default -> new XmlEntityReference(n);
        };
    }

    /** The DOM node behind a wrapper. */
    public static Node unwrap(XmlNode n) {
        return n == null ? null : n.node;
    }

    // ---------------------------------------------------------------- parsing

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder();
        } catch (Exception e) {
            throw new IllegalStateException("the JDK's DOM cannot be configured", e);
        }
    }

    private static SAXParser saxParser() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
            // As .NET 4.5.2+: no external entities or DTDs are fetched.
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newSAXParser();
        } catch (Exception e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    /** A new, empty DOM document. */
    static Document newDocument() {
        return builder().newDocument();
    }

    private static Document build(InputSource source) throws Exception {
        Document d = newDocument();
        XmlDomBuilder handler = new XmlDomBuilder(d);
        SAXParser p = saxParser();
        p.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
        p.parse(source, handler);
        return d;
    }

    /** Parses text into a fresh XmlDocument (as {@code [xml]'...'} and LoadXml do). */
    public static XmlDocument parse(String text) {
        XmlDocument d = new XmlDocument();
        d.LoadXml(text);
        return d;
    }

    /** Parses text into a raw DOM document; throws System.Xml.XmlException. */
    static Document parseText(String text) {
        Document d;
        try {
            d = build(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw xmlException(e);
        } catch (Exception e) {
            throw new PSRuntimeException("System.Xml.XmlException", e.getMessage());
        }
        return d;
    }

    /** Parses file bytes into a raw DOM document (the parser detects the encoding from a BOM or the declaration). */
    static Document parseBytes(byte[] bytes) {
        Document d;
        try {
            d = build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw xmlException(e);
        } catch (Exception e) {
            throw new PSRuntimeException("System.Xml.XmlException", e.getMessage());
        }
        return d;
    }

    /** The start of a file as text, enough to read its XML declaration. */
    static String head(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        return new String(bytes, skip, Math.min(bytes.length - skip, 512), StandardCharsets.ISO_8859_1);
    }

    /** XmlDocument.Load's rules on a parsed tree: the declaration becomes a node, whitespace is kept or dropped. */
    static void finish(Document d, String head, boolean preserveWhitespace) {
        d.setXmlStandalone(true);
        Matcher m = DECLARATION.matcher(head);
        if (m.find()) {
            Node decl = XmlDeclaration.create(d, pseudo(m.group(1), "version"), pseudo(m.group(1), "encoding"),
                    pseudo(m.group(1), "standalone"));
            d.insertBefore(decl, d.getFirstChild());
        }
        markWhitespace(d, preserveWhitespace, false);
    }

    private static String pseudo(String declaration, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')").matcher(declaration);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /**
     * .NET drops whitespace-only text at load unless PreserveWhitespace (then XmlWhitespace) or inside
     * {@code xml:space="preserve"} (then XmlSignificantWhitespace).
     */
    static void markWhitespace(Node parent, boolean preserve, boolean spacePreserve) {
        List<Node> drop = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE && isWhitespace(c.getNodeValue())) {
                if (spacePreserve) {
                    c.setUserData(WHITESPACE, "sws", null);
                } else if (preserve) {
                    c.setUserData(WHITESPACE, "ws", null);
                } else {
                    drop.add(c);
                }
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                boolean inner = spacePreserve;
                NamedNodeMap attrs = c.getAttributes();
                Node space = attrs.getNamedItemNS(XMLConstants.XML_NS_URI, "space");
                if (space != null) {
                    inner = "preserve".equals(space.getNodeValue());
                }
                markWhitespace(c, preserve, inner);
            }
        }
        drop.forEach(parent::removeChild);
    }

    static boolean isWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- errors

    /** .NET's XmlException text for the parser's most common complaints, with its "Line n, position m." tail. */
    static PSRuntimeException xmlException(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int line = Math.max(e.getLineNumber(), 1);
        int column = Math.max(e.getColumnNumber(), 1);
        if (message.startsWith("Content is not allowed in prolog")) {
            message = "Data at the root level is invalid.";
            column = 1;
        } else if (message.startsWith("Premature end of file")) {
            return new PSRuntimeException("System.Xml.XmlException", "Root element is missing.");
        } else if (message.startsWith("XML document structures must start and end within the same entity")) {
            message = "Unexpected end of file has occurred.";
        } else if (message.startsWith("Content is not allowed in trailing section")
                || message.startsWith("The markup in the document following the root element must be well-formed")) {
            message = "There are multiple root elements.";
        }
        return new PSRuntimeException("System.Xml.XmlException", message + " Line " + line + ", position " + column + ".");
    }

    /** A DOM mutation error as the exception .NET's XmlNode throws for the same mistake. */
    static PSRuntimeException domError(DOMException e) {
        return switch (e.code) {
            case DOMException.WRONG_DOCUMENT_ERR -> new PSRuntimeException("System.ArgumentException",
                    "The node to be inserted is from a different document context.");
            case DOMException.HIERARCHY_REQUEST_ERR -> new PSRuntimeException("System.InvalidOperationException",
                    "The specified node cannot be inserted as the valid child of this node, because the specified node is the wrong type.");
            case DOMException.NOT_FOUND_ERR -> new PSRuntimeException("System.ArgumentException",
                    "The node to be removed is not a child of this node.");
            case DOMException.INVALID_CHARACTER_ERR, DOMException.NAMESPACE_ERR -> new PSRuntimeException(
                    "System.Xml.XmlException", "The name is not a valid XML name: " + e.getMessage());
            case DOMException.NO_MODIFICATION_ALLOWED_ERR -> new PSRuntimeException("System.InvalidOperationException",
                    "This node is read-only. It cannot be modified.");
            default -> new PSRuntimeException("System.InvalidOperationException", String.valueOf(e.getMessage()));
        };
    }
}

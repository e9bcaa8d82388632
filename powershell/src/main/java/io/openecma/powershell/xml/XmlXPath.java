package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.PSRuntimeException;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** SelectNodes/SelectSingleNode: XPath 1.0 on the JDK's engine, with .NET's errors. */
final class XmlXPath {
    private XmlXPath() {
    }

    static XmlNodeList select(XmlNode context, String expression, XmlNamespaceManager nsmgr) {
        if (expression == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: xpath");
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(nsmgr != null ? nsmgr.context() : noPrefixes());
        NodeList found;
        try {
            found = (NodeList) xpath.evaluate(expression, context.node, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw translate(e, expression, nsmgr != null);
        } catch (XmlNamespaceManager.UndeclaredPrefix | NeedsManager e) {
            throw translate(e, expression, nsmgr != null);
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            Node n = found.item(i);
            // The declaration is a PI only in this DOM; .NET's XPath does not see it.
            if (!(n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE && "xml".equals(n.getNodeName()))) {
                nodes.add(n);
            }
        }
        return XmlNodeList.of(nodes);
    }

    private static PSRuntimeException translate(Throwable e, String expression, boolean hasManager) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XmlNamespaceManager.UndeclaredPrefix u) {
                return new PSRuntimeException("System.Xml.XPath.XPathException", "Namespace prefix '" + u.prefix + "' is not defined.");
            }
            if (t instanceof NeedsManager) {
                return new PSRuntimeException("System.Xml.XPath.XPathException",
                        "Namespace Manager or XsltContext needed. This query has a prefix, variable, or user-defined function.");
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("convert") && m.contains("NodeList")) {
                return new PSRuntimeException("System.Xml.XPath.XPathException", "Expression must evaluate to a node-set.");
            }
        }
        return new PSRuntimeException("System.Xml.XPath.XPathException", "'" + expression + "' has an invalid token.");
    }

    /** Without a namespace manager a prefixed name is an error, as in .NET. */
    private static NamespaceContext noPrefixes() {
        return new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                if (prefix.isEmpty()) {
                    return "";
                }
                if (prefix.equals("xml")) {
                    return "http://www.w3.org/XML/1998/namespace";
                }
                throw new NeedsManager();
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return List.<String>of().iterator();
            }
        };
    }

    private static final class NeedsManager extends RuntimeException {
        NeedsManager() {
            super(null, null, false, false);
        }
    }
}

package io.openecma.powershell.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * System.Xml.XmlDeclaration ({@code <?xml version="1.0" ...?>}). The JDK's DOM has no such node, so
 * it is kept as a processing instruction with target "xml" whose data is the declaration's text.
 */
public class XmlDeclaration extends XmlNode {
    private String version;
    private String encoding;
    private String standalone;

    XmlDeclaration(Node node) {
        super(node);
        String data = node.getNodeValue();
        version = attribute(data, "version", "1.0");
        encoding = attribute(data, "encoding", "");
        standalone = attribute(data, "standalone", "");
    }

    static Node create(Document d, String version, String encoding, String standalone) {
        ProcessingInstruction pi = d.createProcessingInstruction("xml", text(version, encoding, standalone));
        return pi;
    }

    private static String text(String version, String encoding, String standalone) {
        StringBuilder sb = new StringBuilder("version=\"").append(version == null ? "1.0" : version).append('"');
        if (encoding != null && !encoding.isEmpty()) {
            sb.append(" encoding=\"").append(encoding).append('"');
        }
        if (standalone != null && !standalone.isEmpty()) {
            sb.append(" standalone=\"").append(standalone).append('"');
        }
        return sb.toString();
    }

    private static String attribute(String data, String name, String fallback) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(data);
        return m.find() ? m.group(1) : fallback;
    }

    private void update() {
        ((ProcessingInstruction) node).setData(text(version, encoding, standalone));
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.XmlDeclaration;
    }

    public String getVersion() {
        return version;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding == null ? "" : encoding;
        update();
    }

    public String getStandalone() {
        return standalone;
    }

    public void setStandalone(String standalone) {
        this.standalone = standalone == null ? "" : standalone;
        update();
    }

    @Override
    public String getInnerText() {
        return node.getNodeValue();
    }
}

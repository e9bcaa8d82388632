package io.openecma.powershell.xml;

/** Microsoft.PowerShell.Commands.SelectXmlInfo: one Select-Xml match (Node, Path, Pattern). */
public class SelectXmlInfo {
    private XmlNode node;
    private String path = "InputStream";
    private String pattern;

    public SelectXmlInfo(XmlNode node, String path, String pattern) {
        this.node = node;
        setPath(path);
        this.pattern = pattern;
    }

    public XmlNode getNode() {
        return node;
    }

    public void setNode(XmlNode node) {
        this.node = node;
    }

    /** The file the node came from, or "InputStream" for -Xml and -Content. */
    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path == null || path.isEmpty() ? "InputStream" : path;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /** The node's trimmed Value (its InnerXml when it has none), then ":path" for a file match. */
    @Override
    public String toString() {
        String text = node == null ? "" : node.getValue() != null ? node.getValue().trim() : node.getInnerXml().trim();
        return path.equals("InputStream") ? text : text + ":" + path;
    }
}

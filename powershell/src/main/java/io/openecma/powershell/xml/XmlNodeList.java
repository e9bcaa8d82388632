package io.openecma.powershell.xml;

import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;

/**
 * System.Xml.XmlNodeList: Count, Item(i) (null past the end, as .NET's indexer) and enumeration,
 * so pipelines and foreach unroll it. ChildNodes and GetElementsByTagName lists are live; SelectNodes
 * results are a snapshot.
 */
public class XmlNodeList implements Iterable<XmlNode> {
    private final NodeList live;
    private final List<org.w3c.dom.Node> fixed;

    private XmlNodeList(NodeList live, List<org.w3c.dom.Node> fixed) {
        this.live = live;
        this.fixed = fixed;
    }

    static XmlNodeList live(NodeList nodes) {
        return new XmlNodeList(nodes, null);
    }

    static XmlNodeList of(List<org.w3c.dom.Node> nodes) {
        return new XmlNodeList(null, new ArrayList<>(nodes));
    }

    public int getCount() {
        return live != null ? live.getLength() : fixed.size();
    }

    public XmlNode Item(int index) {
        if (index < 0 || index >= getCount()) {
            return null;
        }
        return XmlDom.wrap(live != null ? live.item(index) : fixed.get(index));
    }

    public XmlNode get_Item(int index) {
        return Item(index);
    }

    @Override
    public Iterator<XmlNode> iterator() {
        return new IndexedIterator<>(this::getCount, this::Item);
    }

    /** PowerShell's ToString for XmlNodeList (types.ps1xml): one node as itself, more joined by spaces. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ");
        for (XmlNode n : this) {
            j.add(n.toString());
        }
        return j.toString();
    }
}

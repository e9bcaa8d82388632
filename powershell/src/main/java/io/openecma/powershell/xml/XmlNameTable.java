package io.openecma.powershell.xml;

/**
 * System.Xml.XmlNameTable / NameTable: .NET's atomised-string table. Scripts only pass it to
 * {@code XmlNamespaceManager}'s constructor, so it carries nothing.
 */
public class XmlNameTable {
    public XmlNameTable() {
    }

    @Override
    public String toString() {
        return "System.Xml.NameTable";
    }
}

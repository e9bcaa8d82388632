package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.TypeRegistry;

/** Registers the System.Xml facade ({@code [xml]} and the DOM classes) in a type registry. */
public final class XmlTypes {
    private XmlTypes() {
    }

    public static void registerInto(TypeRegistry r) {
        r.registerConvertible("System.Xml.XmlDocument", XmlDocument.class, XmlTypes::toDocument, "xml");
        r.register("System.Xml.XmlNode", XmlNode.class);
        r.register("System.Xml.XmlElement", XmlElement.class);
        r.register("System.Xml.XmlAttribute", XmlAttribute.class);
        r.register("System.Xml.XmlCharacterData", XmlCharacterData.class);
        r.register("System.Xml.XmlText", XmlText.class);
        r.register("System.Xml.XmlCDataSection", XmlCDataSection.class);
        r.register("System.Xml.XmlComment", XmlComment.class);
        r.register("System.Xml.XmlWhitespace", XmlWhitespace.class);
        r.register("System.Xml.XmlSignificantWhitespace", XmlSignificantWhitespace.class);
        r.register("System.Xml.XmlDeclaration", XmlDeclaration.class);
        r.register("System.Xml.XmlProcessingInstruction", XmlProcessingInstruction.class);
        r.register("System.Xml.XmlDocumentFragment", XmlDocumentFragment.class);
        r.register("System.Xml.XmlDocumentType", XmlDocumentType.class);
        r.register("System.Xml.XmlEntityReference", XmlEntityReference.class);
        r.register("System.Xml.XmlNodeList", XmlNodeList.class);
        r.register("System.Xml.XmlAttributeCollection", XmlAttributeCollection.class);
        r.register("System.Xml.XmlNamespaceManager", XmlNamespaceManager.class);
        r.register("System.Xml.NameTable", XmlNameTable.class, "System.Xml.XmlNameTable");
        r.register("System.Xml.XmlNodeType", XmlNodeType.class);
        r.register("Microsoft.PowerShell.Commands.SelectXmlInfo", SelectXmlInfo.class);
        r.register("System.Management.Automation.PSSerializer", io.openecma.powershell.serialization.PSSerializer.class);
        r.registerExceptionParent("System.Xml.XPath.XPathException", "System.SystemException");
    }

    /**
     * The {@code [xml]} conversion: an XmlDocument as itself, anything else as its text (an array's
     * items joined by newlines, as Get-Content's lines are), parsed; failures are 5.1's
     * InvalidCastToXmlDocument error.
     */
    public static Object toDocument(Object value) {
        Object b = LanguagePrimitives.base(value);
        if (b instanceof XmlDocument d) {
            return d;
        }
        String text = LanguagePrimitives.isEnumerable(b)
                ? String.join("\n", LanguagePrimitives.toList(b).stream().map(LanguagePrimitives::toStringValue).toList())
                : LanguagePrimitives.toStringValue(b);
        try {
            return XmlDom.parse(text);
        } catch (PSRuntimeException e) {
            throw new PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                    "Cannot convert value \"" + text + "\" to type \"System.Xml.XmlDocument\". Error: \"" + e.getMessage() + "\"");
        }
    }
}

package io.openecma.powershell.xml;

import io.openecma.powershell.types.DotNetEnum;

/** System.Xml.XmlNodeType with .NET's numeric values. */
public enum XmlNodeType implements DotNetEnum {
    None(0), Element(1), Attribute(2), Text(3), CDATA(4), EntityReference(5), Entity(6), ProcessingInstruction(7),
    Comment(8), Document(9), DocumentType(10), DocumentFragment(11), Notation(12), Whitespace(13),
    SignificantWhitespace(14), EndElement(15), EndEntity(16), XmlDeclaration(17);

    private final int code;

    XmlNodeType(int code) {
        this.code = code;
    }

    @Override
    public long value() {
        return code;
    }
}

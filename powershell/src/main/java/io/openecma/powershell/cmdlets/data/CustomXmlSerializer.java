package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSPropertyInfo;
import io.openecma.powershell.types.TypeRegistry;

import java.util.List;
import java.util.Map;

/**
 * ConvertTo-Xml's format (PowerShell's CustomSerialization): one {@code Object} element per input
 * object, {@code Property} elements inside, a {@code Type} attribute unless -NoTypeInformation.
 * Known primitive types are their ToString(); dictionaries are Key/Value pairs and collections their
 * items, at the same depth; other objects their properties, one level down; at depth 0 an object
 * is its ToString(). Writes elements indented by two spaces with CRLF (XmlWriter's Indent), or
 * without any whitespace for the document form.
 */
final class CustomXmlSerializer {
    private final boolean noTypeInformation;
    private final boolean indent;
    private final StringBuilder out = new StringBuilder();
    private boolean firstCall;

    CustomXmlSerializer(boolean noTypeInformation, boolean indent) {
        this.noTypeInformation = noTypeInformation;
        this.indent = indent;
    }

    /** One input object at the given level of indentation (1 inside Objects, 0 for -As Stream). */
    String serialize(Object value, int depth, int level) {
        out.setLength(0);
        firstCall = true;
        write(value, null, depth, level);
        return out.toString();
    }

    private void write(Object value, String property, int depth, int level) {
        Object v = LanguagePrimitives.unwrapNull(value);
        Object base = v instanceof PSObject o && !o.isCustomObject() ? o.baseObject() : v;
        if (base == null) {
            open(property, level);
            out.append(" />");
            return;
        }
        if (isPrimitive(base) || depth == 0 && !(base instanceof Map<?, ?>) && !LanguagePrimitives.isEnumerable(base)) {
            String tag = open(property, level);
            type(typeName(base));
            out.append('>').append(escapeText(dotNetString(base))).append("</").append(tag).append('>');
            return;
        }
        String tag = open(property, level);
        type(typeName(base));
        int mark = out.length();
        if (base instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(e.getKey(), "Key", depth, level + 1);
                write(e.getValue(), "Value", depth, level + 1);
            }
        } else if (LanguagePrimitives.isEnumerable(base)) {
            for (Object item : LanguagePrimitives.toList(base)) {
                write(item, null, depth, level + 1);
            }
        } else {
            properties(base, depth - 1, level + 1);
        }
        if (out.length() == mark) {
            out.append(" />");
            return;
        }
        out.insert(mark, '>');
        line(level);
        out.append("</").append(tag).append('>');
    }

    private void properties(Object base, int depth, int level) {
        for (Object p : new Members.PSObjectView(base).getProperties()) {
            if (!(p instanceof PSPropertyInfo info)) {
                continue;
            }
            Object propertyValue;
            try {
                propertyValue = LanguagePrimitives.unwrapNull(info.getValue());
            } catch (RuntimeException e) {
                propertyValue = null;
            }
            if (propertyValue == null) {
                // WritePropertyWithNullValue: the property's declared type, no text.
                open(info.getName(), level);
                type(info.getTypeNameOfValue());
                out.append(" />");
            } else {
                write(propertyValue, info.getName(), depth, level);
            }
        }
    }

    /** Starts an element: the first one written for an input object is Object, the rest Property. */
    private String open(String property, int level) {
        line(level);
        String tag = property == null && firstCall ? "Object" : "Property";
        firstCall = false;
        out.append('<').append(tag);
        if (property != null) {
            out.append(" Name=\"").append(escape(property)).append('"');
        }
        return tag;
    }

    private void type(String name) {
        if (!noTypeInformation) {
            out.append(" Type=\"").append(escape(name)).append('"');
        }
    }

    private void line(int level) {
        if (indent && out.length() > 0) {
            out.append("\r\n");
        }
        if (indent) {
            out.append("  ".repeat(level));
        }
    }

    /** KnownTypes: the values CLIXML writes as primitives. */
    private static boolean isPrimitive(Object v) {
        return v instanceof String || v instanceof Character || v instanceof Boolean || v instanceof Number
                || v instanceof io.openecma.powershell.dotnet.DotNetDateTime || v instanceof java.util.UUID
                || v instanceof java.time.Duration || v instanceof io.openecma.powershell.types.UriValue
                || v instanceof io.openecma.powershell.types.VersionValue || v instanceof byte[] || v instanceof Byte[]
                || v instanceof io.openecma.powershell.runtime.ScriptBlock
                || v instanceof io.openecma.powershell.runtime.PSCredential.SecureString
                || v instanceof io.openecma.powershell.xml.XmlDocument;
    }

    private static String typeName(Object v) {
        return v instanceof PSObject o && o.isCustomObject() ? "System.Management.Automation.PSCustomObject" : TypeRegistry.typeNameOf(v);
    }

    /** The object's own ToString(), as .NET calls it (a PSCustomObject's is its @{...} text). */
    private static String dotNetString(Object v) {
        if (v instanceof PSObject || v instanceof String) {
            return LanguagePrimitives.toStringValue(v);
        }
        try {
            return LanguagePrimitives.toStringValue(Members.invoke(v, "ToString", List.of()));
        } catch (RuntimeException e) {
            return LanguagePrimitives.toStringValue(v);
        }
    }

    private static String escape(String s) {
        return escapeText(s).replace("\"", "&quot;");
    }

    private static String escapeText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

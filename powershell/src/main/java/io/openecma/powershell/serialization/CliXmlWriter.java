package io.openecma.powershell.serialization;

import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.host.DataProtection;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.PSPropertyInfo;
import io.openecma.powershell.types.TypeRegistry;
import io.openecma.powershell.types.UriValue;
import io.openecma.powershell.types.VersionValue;
import io.openecma.powershell.xml.XmlDocument;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes objects as Windows PowerShell 5.1's CLIXML (serialization.cs, MS-PSRP 2.2.5): primitives
 * as their own elements, containers as LST/DCT (not counted in the depth), custom objects' note
 * properties in MS (same depth, as instance members), other objects' properties in Props (depth - 1),
 * and an object at depth 0 as its ToString. Repeated objects become Ref, repeated type lists TNRef.
 */
public final class CliXmlWriter {
    static final String NAMESPACE = "http://schemas.microsoft.com/powershell/2004/04";
    private final StringBuilder out = new StringBuilder();
    private final Map<Object, Integer> refIds = new IdentityHashMap<>();
    private final Map<String, Integer> typeIds = new HashMap<>();
    private final DataProtection protection;
    private final ZoneId zone;

    public CliXmlWriter(DataProtection protection, ZoneId zone) {
        this.protection = protection;
        this.zone = zone;
    }

    /** The whole document, indented by two spaces with CRLF line ends, as Export-Clixml writes it. */
    public String serialize(List<Object> objects, int depth) {
        out.append("<Objs Version=\"1.1.0.1\" xmlns=\"").append(NAMESPACE).append("\">");
        for (Object o : objects) {
            write(o, null, depth, 1);
        }
        out.append("\r\n</Objs>");
        return out.toString();
    }

    private void line(int level) {
        out.append("\r\n").append("  ".repeat(level));
    }

    private String named(String name) {
        return name == null ? "" : " N=\"" + esc(CliXmlText.encode(name)) + "\"";
    }

    private void leaf(String tag, String name, String text, int level) {
        line(level);
        out.append('<').append(tag).append(named(name)).append('>').append(esc(text)).append("</").append(tag).append('>');
    }

    private void write(Object value, String name, int depth, int level) {
        Object v = LanguagePrimitives.unwrapNull(value);
        if (v instanceof PSObject o && !o.isCustomObject()) {
            v = o.baseObject();
        }
        if (v == null) {
            line(level);
            out.append("<Nil").append(named(name)).append(" />");
            return;
        }
        if (primitive(v, name, level)) {
            return;
        }
        Integer ref = refIds.get(v);
        if (ref != null) {
            line(level);
            out.append("<Ref").append(named(name)).append(" RefId=\"").append(ref).append("\" />");
            return;
        }
        boolean container = v instanceof Map<?, ?> || LanguagePrimitives.isEnumerable(v);
        if (!container && depth <= 0) {
            leaf("S", name, CliXmlText.encode(LanguagePrimitives.toStringValue(v)), level);
            return;
        }
        int id = refIds.size();
        refIds.put(v, id);
        line(level);
        out.append("<Obj").append(named(name)).append(" RefId=\"").append(id).append("\">");
        typeNames(v, level + 1);
        if (v instanceof Map<?, ?> map) {
            dictionary(map, depth, level + 1);
        } else if (container) {
            list(v, depth, level + 1);
        } else if (v instanceof PSObject o) {
            members(o, depth, level + 1);
        } else if (v instanceof Enum<?> e) {
            leaf("ToString", null, e.name(), level + 1);
            primitive(enumValue(e), null, level + 1);
        } else {
            leaf("ToString", null, CliXmlText.encode(LanguagePrimitives.toStringValue(v)), level + 1);
            properties(v, depth - 1, level + 1);
        }
        line(level);
        out.append("</Obj>");
    }

    private static Object enumValue(Enum<?> e) {
        if (e instanceof io.openecma.powershell.types.DotNetEnum d) {
            long n = d.value();
            return n == (int) n ? (Object) (int) n : (Object) n;
        }
        return e.ordinal();
    }

    private boolean primitive(Object v, String name, int level) {
        String tag;
        String text;
        if (v instanceof String s) {
            tag = "S";
            text = CliXmlText.encode(s);
        } else if (v instanceof Character c) {
            tag = "C";
            text = Integer.toString(c);
        } else if (v instanceof Boolean b) {
            tag = "B";
            text = b ? "true" : "false";
        } else if (v instanceof Integer i) {
            tag = "I32";
            text = i.toString();
        } else if (v instanceof Long l) {
            tag = "I64";
            text = l.toString();
        } else if (v instanceof Short s) {
            tag = "I16";
            text = s.toString();
        } else if (v instanceof Byte b) {
            tag = "By";
            text = Integer.toString(b & 0xff);
        } else if (v instanceof Double d) {
            tag = "Db";
            text = floating(d);
        } else if (v instanceof Float f) {
            tag = "Sg";
            text = floating(f.doubleValue());
        } else if (v instanceof BigDecimal d) {
            tag = "D";
            text = d.toPlainString();
        } else if (v instanceof DotNetDateTime d) {
            tag = "DT";
            text = CliXmlText.dateTime(d, zone);
        } else if (v instanceof Duration d) {
            tag = "TS";
            text = CliXmlText.duration(d);
        } else if (v instanceof UUID g) {
            tag = "G";
            text = g.toString();
        } else if (v instanceof Byte[] || v instanceof byte[]) {
            tag = "BA";
            text = java.util.Base64.getEncoder().encodeToString(bytes(v));
        } else if (v instanceof UriValue u) {
            tag = "URI";
            text = CliXmlText.encode(LanguagePrimitives.toStringValue(u));
        } else if (v instanceof VersionValue ver) {
            tag = "Version";
            text = LanguagePrimitives.toStringValue(ver);
        } else if (v instanceof XmlDocument x) {
            tag = "XD";
            text = CliXmlText.encode(x.getOuterXml());
        } else if (v instanceof ScriptBlock sb) {
            tag = "SBK";
            text = CliXmlText.encode(LanguagePrimitives.toStringValue(sb));
        } else if (v instanceof PSCredential.SecureString ss) {
            tag = "SS";
            text = protect(ss);
        } else {
            return false;
        }
        leaf(tag, name, text, level);
        return true;
    }

    private static String floating(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "INF" : "-INF";
        }
        return LanguagePrimitives.toStringValue(d);
    }

    private static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        Byte[] boxed = (Byte[]) v;
        byte[] b = new byte[boxed.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = boxed[i];
        }
        return b;
    }

    /** A SecureString's UTF-16 text, protected by the host's key, in hex (DPAPI's blob on Windows). */
    private String protect(PSCredential.SecureString ss) {
        if (protection == null) {
            throw new PSRuntimeException("System.Security.Cryptography.CryptographicException",
                    "A SecureString cannot be serialized: the host supplied no data protection key.");
        }
        String plain = new PSCredential("x", ss).GetNetworkCredential().password();
        return CliXmlText.hex(protection.protect(plain.getBytes(StandardCharsets.UTF_16LE)));
    }

    private void typeNames(Object v, int level) {
        List<String> names = names(v);
        String key = String.join("\u0000", names);
        Integer id = typeIds.get(key);
        line(level);
        if (id != null) {
            out.append("<TNRef RefId=\"").append(id).append("\" />");
            return;
        }
        id = typeIds.size();
        typeIds.put(key, id);
        out.append("<TN RefId=\"").append(id).append("\">");
        for (String n : names) {
            leaf("T", null, CliXmlText.encode(n), level + 1);
        }
        line(level);
        out.append("</TN>");
    }

    private static List<String> names(Object v) {
        if (v instanceof PSObject o) {
            return o.typeNames().isEmpty() ? List.of("System.Management.Automation.PSCustomObject", "System.Object") : o.typeNames();
        }
        String n = TypeRegistry.typeNameOf(v);
        List<String> names = new ArrayList<>();
        names.add(n);
        if (v.getClass().isArray()) {
            names.add("System.Array");
        } else if (v instanceof Enum<?>) {
            names.add("System.Enum");
            names.add("System.ValueType");
        }
        if (!n.equals("System.Object")) {
            names.add("System.Object");
        }
        return names;
    }

    private void dictionary(Map<?, ?> map, int depth, int level) {
        line(level);
        if (map.isEmpty()) {
            out.append("<DCT />");
            return;
        }
        out.append("<DCT>");
        for (Map.Entry<?, ?> e : map.entrySet()) {
            line(level + 1);
            out.append("<En>");
            write(e.getKey(), "Key", depth, level + 2);
            write(e.getValue(), "Value", depth, level + 2);
            line(level + 1);
            out.append("</En>");
        }
        line(level);
        out.append("</DCT>");
    }

    private void list(Object v, int depth, int level) {
        List<Object> items = LanguagePrimitives.toList(v);
        line(level);
        if (items.isEmpty()) {
            out.append("<LST />");
            return;
        }
        out.append("<LST>");
        for (Object item : items) {
            write(item, null, depth, level + 1);
        }
        line(level);
        out.append("</LST>");
    }

    /** A script class's (or an Add-Type class's) visible properties, as the .NET adapter lists a class's public ones. */
    private void scriptClassProperties(Map<?, ?> view, int depth, int level) {
        if (view.isEmpty()) {
            return;
        }
        line(level);
        out.append("<Props>");
        for (Map.Entry<?, ?> e : view.entrySet()) {
            write(e.getValue(), String.valueOf(e.getKey()), depth, level + 1);
        }
        line(level);
        out.append("</Props>");
    }

    private void members(PSObject o, int depth, int level) {
        if (o.properties().isEmpty()) {
            return;
        }
        line(level);
        out.append("<MS>");
        for (PSObject.NoteProperty p : o.properties()) {
            write(p.value(), p.name(), depth, level + 1);
        }
        line(level);
        out.append("</MS>");
    }

    /** A host object's properties (its getters), as the .NET adapter's Props. */
    private void properties(Object v, int depth, int level) {
        if (v instanceof io.openecma.powershell.types.ScriptDefinedValue sv && sv.jsonView() instanceof Map<?, ?> view) {
            scriptClassProperties(view, depth, level);
            return;
        }
        List<PSPropertyInfo> props = new ArrayList<>();
        for (Object p : new io.openecma.powershell.types.Members.PSObjectView(v).getProperties()) {
            if (p instanceof PSPropertyInfo info) {
                props.add(info);
            }
        }
        if (props.isEmpty()) {
            return;
        }
        line(level);
        out.append("<Props>");
        for (PSPropertyInfo p : props) {
            Object value;
            try {
                value = p.getValue();
            } catch (RuntimeException e) {
                continue;
            }
            write(value, p.getName(), depth, level + 1);
        }
        line(level);
        out.append("</Props>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

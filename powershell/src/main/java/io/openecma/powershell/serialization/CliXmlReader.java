package io.openecma.powershell.serialization;

import io.openecma.powershell.host.DataProtection;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.DotNetList;
import io.openecma.powershell.types.UriValue;
import io.openecma.powershell.types.VersionValue;
import io.openecma.powershell.xml.XmlDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads CLIXML back as 5.1's deserializer does: primitives as themselves, LST/IE/STK/QUE as an
 * ArrayList, DCT as a Hashtable, a PSCredential as a PSCredential, any other object as a property
 * bag whose type names carry the "Deserialized." prefix. SecureStrings need the host's key.
 */
public final class CliXmlReader {
    private final Map<String, Object> refs = new HashMap<>();
    private final Map<String, List<String>> typeNames = new HashMap<>();
    private final DataProtection protection;

    public CliXmlReader(DataProtection protection) {
        this.protection = protection;
    }

    /** The top-level objects of a CLIXML document. */
    public List<Object> deserialize(String text) {
        Document d = parse(text);
        Element root = d.getDocumentElement();
        if (!"Objs".equals(root.getLocalName()) || !CliXmlWriter.NAMESPACE.equals(root.getNamespaceURI())) {
            throw new PSRuntimeException("System.Xml.XmlException",
                    "Element 'Objs' with namespace name '" + CliXmlWriter.NAMESPACE + "' was not found.");
        }
        List<Object> out = new ArrayList<>();
        for (Element e : children(root)) {
            out.add(read(e));
        }
        return out;
    }

    private static Document parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (org.xml.sax.SAXParseException e) {
            throw new PSRuntimeException("System.Xml.XmlException", e.getMessage() + " Line " + e.getLineNumber()
                    + ", position " + e.getColumnNumber() + ".");
        } catch (Exception e) {
            throw new PSRuntimeException("System.Xml.XmlException", String.valueOf(e.getMessage()));
        }
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    private Object read(Element e) {
        String text = e.getTextContent();
        try {
            return switch (e.getLocalName()) {
                case "Nil" -> null;
                case "S" -> CliXmlText.decode(text);
                case "C" -> (char) Integer.parseInt(text.trim());
                case "B" -> Boolean.parseBoolean(text.trim());
                case "By" -> (byte) Integer.parseInt(text.trim());
                case "SB", "I16" -> Short.parseShort(text.trim());
                case "U16", "I32" -> Integer.parseInt(text.trim());
                case "U32", "I64" -> Long.parseLong(text.trim());
                case "U64", "D" -> new BigDecimal(text.trim());
                case "Sg" -> (float) floating(text);
                case "Db" -> floating(text);
                case "DT" -> CliXmlText.parseDateTime(text);
                case "TS" -> CliXmlText.parseDuration(text);
                case "G" -> UUID.fromString(text.trim());
                case "BA" -> boxed(java.util.Base64.getMimeDecoder().decode(text.trim()));
                case "URI" -> new UriValue(CliXmlText.decode(text));
                case "Version" -> VersionValue.parse(text.trim());
                case "XD" -> XmlDom.parse(CliXmlText.decode(text));
                case "SBK" -> CliXmlText.decode(text);
                case "SS" -> unprotect(text);
                case "Ref" -> refs.get(e.getAttribute("RefId"));
                case "Obj" -> object(e);
                default -> throw new PSRuntimeException("System.Xml.XmlException",
                        "'" + e.getLocalName() + "' is not a known CLIXML element.");
            };
        } catch (NumberFormatException | java.time.format.DateTimeParseException e2) {
            throw new PSRuntimeException("System.Xml.XmlException",
                    "The CLIXML element '" + e.getLocalName() + "' has a value that is not valid: '" + text + "'.");
        }
    }

    private static double floating(String text) {
        return switch (text.trim()) {
            case "INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text.trim());
        };
    }

    private static Byte[] boxed(byte[] b) {
        Byte[] out = new Byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i];
        }
        return out;
    }

    private PSCredential.SecureString unprotect(String hex) {
        if (protection == null) {
            throw new PSRuntimeException("System.Security.Cryptography.CryptographicException",
                    "A SecureString cannot be deserialized: the host supplied no data protection key.");
        }
        try {
            byte[] plain = protection.unprotect(CliXmlText.unhex(hex));
            return new PSCredential.SecureString(new String(plain, StandardCharsets.UTF_16LE));
        } catch (DataProtection.WrongKeyException | IllegalArgumentException e) {
            throw new PSRuntimeException("System.Security.Cryptography.CryptographicException",
                    "Key not valid for use in specified state. The SecureString cannot be decrypted: " + e.getMessage() + ".");
        }
    }

    private Object object(Element e) {
        String refId = e.getAttribute("RefId");
        List<String> types = List.of();
        Element list = null;
        Element dict = null;
        Element primitive = null;
        List<Element> members = new ArrayList<>();
        for (Element c : children(e)) {
            switch (c.getLocalName()) {
                case "TN" -> {
                    List<String> names = new ArrayList<>();
                    children(c).forEach(t -> names.add(CliXmlText.decode(t.getTextContent())));
                    typeNames.put(c.getAttribute("RefId"), names);
                    types = names;
                }
                case "TNRef" -> types = typeNames.getOrDefault(c.getAttribute("RefId"), List.of());
                case "LST", "IE", "STK", "QUE" -> list = c;
                case "DCT" -> dict = c;
                case "Props", "MS" -> members.addAll(children(c));
                case "ToString" -> {
                }
                default -> primitive = c;
            }
        }
        if (dict != null) {
            return dictionary(dict, refId, types);
        }
        if (list != null) {
            DotNetList l = new DotNetList(null);
            refs.put(refId, l);
            for (Element item : children(list)) {
                l.add(read(item));
            }
            return l;
        }
        if (!types.isEmpty() && types.get(0).equals("System.Management.Automation.PSCredential")) {
            Map<String, Object> values = new HashMap<>();
            members.forEach(m -> values.put(m.getAttribute("N").toLowerCase(), read(m)));
            PSCredential c = new PSCredential(LanguagePrimitives.toStringValue(values.get("username")), values.get("password"));
            refs.put(refId, c);
            return c;
        }
        if (primitive != null && members.isEmpty()) {
            Object v = read(primitive);
            refs.put(refId, v);
            return v;
        }
        PSObject o = new PSObject();
        o.typeNames().clear();
        for (String t : types) {
            o.typeNames().add(t.startsWith("Deserialized.") ? t : "Deserialized." + t);
        }
        refs.put(refId, o);
        for (Element m : members) {
            o.addNoteProperty(CliXmlText.decode(m.getAttribute("N")), read(m));
        }
        return o;
    }

    /**
     * A DCT as serialization.cs's ReadDictionary: an OrderedDictionary when the first type name
     * says so, else a Hashtable; keys fold case until two clash, then compare case-sensitively,
     * and by reference if they still clash.
     */
    private Object dictionary(Element dict, String refId, List<String> types) {
        boolean ordered = !types.isEmpty()
                && types.get(0).replaceFirst("^Deserialized\\.", "").equals("System.Collections.Specialized.OrderedDictionary");
        PSHashtable h = new PSHashtable(ordered);
        refs.put(refId, h);
        for (Element en : children(dict)) {
            Object key = null;
            Object value = null;
            for (Element kv : children(en)) {
                if ("Key".equals(kv.getAttribute("N"))) {
                    key = read(kv);
                } else {
                    value = read(kv);
                }
            }
            if (key != null && h.containsKey(key) && h.comparison() != PSHashtable.KeyComparison.REFERENCE) {
                PSHashtable wider = new PSHashtable(ordered, h.comparison() == PSHashtable.KeyComparison.IGNORE_CASE
                        ? PSHashtable.KeyComparison.CASE_SENSITIVE : PSHashtable.KeyComparison.REFERENCE);
                h.forEach(wider::put);
                h = wider;
                refs.put(refId, h);
                if (h.containsKey(key)) {
                    wider = new PSHashtable(ordered, PSHashtable.KeyComparison.REFERENCE);
                    h.forEach(wider::put);
                    h = wider;
                    refs.put(refId, h);
                }
            }
            h.put(key, value);
        }
        return h;
    }
}

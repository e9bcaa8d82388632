package io.openecma.runtime.migrate;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an ECMA2Host configuration export (the wizard's XML file) into an {@link Ecma2HostExport}. */
public final class Ecma2HostExportReader {

    private Ecma2HostExportReader() {
    }

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    public static Ecma2HostExport read(Path file) {
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        if (!"Configuration".equals(root.getTagName())) {
            throw bad(file, "the root element is <" + root.getTagName() + ">, not <Configuration>");
        }
        Element connectors = child(root, "Connectors");
        List<Element> all = connectors == null ? List.of() : children(connectors, "Connector");
        if (all.size() != 1) {
            throw bad(file, "it holds " + all.size() + " connectors under Configuration/Connectors; export one connector at a time");
        }
        Element connector = all.get(0);
        Element config = required(file, connector, "ConnectorConfig");
        List<Ecma2HostExport.Parameter> parameters = parameters(child(config, "Parameters"));
        List<Ecma2HostExport.Parameter> runStep = new ArrayList<>();
        Element runConfigs = child(config, "RunConfigurations");
        if (runConfigs != null) {
            for (Element rc : children(runConfigs, "RunConfiguration")) {
                Element steps = child(rc, "RunSteps");
                for (Element step : steps == null ? List.<Element>of() : children(steps, "RunStep")) {
                    runStep.addAll(parameters(child(step, "Parameters")));
                }
            }
        }
        Element schema = required(file, connector, "Schema");
        Element entries = required(file, schema, "EntriesSchema");
        List<Element> entrySchemas = children(entries, "EntrySchema");
        if (entrySchemas.size() != 1) {
            throw bad(file, "Schema/EntriesSchema has " + entrySchemas.size()
                    + " EntrySchema elements; ECMA2Host connectors have exactly one object type");
        }
        Element ecma = child(connector, "ECMAConfig");
        return new Ecma2HostExport(parameters, runStep, entry(entrySchemas.get(0)), text(ecma, "ProfileName"),
                text(ecma, "AutosyncTimer"), text(ecma, "SecretToken"));
    }

    private static Ecma2HostExport.Entry entry(Element e) {
        List<Ecma2HostExport.Attribute> attributes = new ArrayList<>();
        Element attrs = child(e, "SchemaAttributes");
        for (Element a : attrs == null ? List.<Element>of() : children(attrs, "AttributeSchema")) {
            attributes.add(new Ecma2HostExport.Attribute(text(a, "Name"), bool(a, "IsAnchor"), bool(a, "IsDN"),
                    bool(a, "Multivalued"), text(a, "DataType")));
        }
        Element model = child(e, "DeprovisioningModel");
        return new Ecma2HostExport.Entry(text(e, "ExternalName"), text(e, "ObjectType"), attributes,
                text(model, "SoftDelete"), text(model, "HardDelete"), text(model, "SoftDeleteStatusAttribute"));
    }

    private static List<Ecma2HostExport.Parameter> parameters(Element parent) {
        List<Ecma2HostExport.Parameter> list = new ArrayList<>();
        for (Element p : parent == null ? List.<Element>of() : children(parent, "Parameter")) {
            list.add(new Ecma2HostExport.Parameter(text(p, "Name"), text(p, "Type"), text(p, "Use"), bool(p, "Encrypted"),
                    text(p, "Value")));
        }
        return list;
    }

    private static Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // An export is data: no DTDs, no external entities.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw bad(file, "not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IllegalArgumentException bad(Path file, String why) {
        return new IllegalArgumentException(file + " is not an ECMA2Host connector export: " + why);
    }

    private static Element required(Path file, Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            throw bad(file, "<" + parent.getTagName() + "> has no <" + name + ">");
        }
        return e;
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                list.add(e);
            }
        }
        return list;
    }

    /** The element's text, or "" when it is absent or empty. */
    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent();
    }

    private static boolean bool(Element parent, String name) {
        String t = text(parent, name).trim();
        return t.equalsIgnoreCase("true") || t.equals("1");
    }
}

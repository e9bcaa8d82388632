package io.openecma.powershell.cmdlets.format;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the views of a format.ps1xml file the way TypeInfoDataBaseLoader checks them: the root is
 * Configuration (its attributes are ignored), each View under ViewDefinitions needs a Name, a
 * ViewSelectedBy with TypeName or SelectionSetName entries, and one control. Each problem is one
 * message in FormatAndOutXmlLoadingStrings' words ("Error at XPath {0} in file {1}: Node {2} is missing.").
 */
final class FormatFileReader {
    private static final Set<String> CONTROLS = Set.of("TableControl", "ListControl", "WideControl", "CustomControl");

    private FormatFileReader() {
    }

    record Result(List<FormatViewDefinition> views, List<String> errors) {
    }

    static Result read(Path file) {
        List<String> errors = new ArrayList<>();
        List<FormatViewDefinition> views = new ArrayList<>();
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(file.toFile());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            errors.add("Error in file " + file + ": " + e.getMessage());
            return new Result(views, errors);
        }
        Element root = doc.getDocumentElement();
        if (!"Configuration".equals(root.getTagName())) {
            errors.add(missing("/", file, "Configuration"));
            return new Result(views, errors);
        }
        Element definitions = child(root, "ViewDefinitions");
        if (definitions == null) {
            return new Result(views, errors);
        }
        int index = 0;
        for (Element view : children(definitions, "View")) {
            index++;
            String xpath = "/Configuration/ViewDefinitions/View[" + index + "]";
            Element name = child(view, "Name");
            Element selectedBy = child(view, "ViewSelectedBy");
            String control = children(view, null).stream().map(Element::getTagName).filter(CONTROLS::contains).findFirst().orElse(null);
            if (name == null || name.getTextContent().isBlank()) {
                errors.add(missing(xpath, file, "Name"));
                continue;
            }
            if (selectedBy == null) {
                errors.add(missing(xpath, file, "ViewSelectedBy"));
                continue;
            }
            List<String> typeNames = new ArrayList<>();
            for (Element e : children(selectedBy, null)) {
                if (e.getTagName().equals("TypeName") || e.getTagName().equals("SelectionSetName")) {
                    typeNames.add(e.getTextContent().trim());
                }
            }
            if (typeNames.isEmpty()) {
                errors.add(missing(xpath + "/ViewSelectedBy", file, "TypeName"));
                continue;
            }
            if (control == null) {
                errors.add(missing(xpath, file, "TableControl, ListControl, WideControl, CustomControl"));
                continue;
            }
            List<Element> tables = "TableControl".equals(control) ? children(view, "TableControl") : List.of();
            List<Column> columns;
            try {
                columns = tables.isEmpty() ? null : TableControlReader.columns(tables.get(0));
            } catch (RuntimeException e) {
                errors.add("Error at XPath " + xpath + "/TableControl in file " + file + ": " + e.getMessage());
                continue;
            }
            views.add(new FormatViewDefinition(name.getTextContent().trim(), List.copyOf(typeNames), control, columns));
        }
        return new Result(views, errors);
    }

    private static String missing(String xpath, Path file, String node) {
        return "Error at XPath " + xpath + " in file " + file + ": Node " + node + " is missing.";
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                out.add(e);
            }
        }
        return out;
    }
}

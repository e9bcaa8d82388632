package io.openecma.powershell.cmdlets.help;

import io.openecma.powershell.host.FileSystemAccess;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The MAML file a {@code .EXTERNALHELP} comment names (HelpCommentsParser.GetHelpFile with
 * MUIFileSearcher.LocateFile): relative to the defining script's folder, looked for in the UI
 * culture's folder, its parent culture's, then the folder itself; names compare as on Windows
 * (case-insensitively). The command element whose details name is the command's is its help.
 */
final class ExternalHelpFile {

    private ExternalHelpFile() {
    }

    /** The help file, or null when it cannot be found or reached. */
    static Path locate(FileSystemAccess files, String scriptFile, String helpFile, String uiCulture) {
        if (scriptFile == null || scriptFile.isEmpty() || scriptFile.startsWith("<")) {
            return null;
        }
        try {
            Path script = files.resolve(scriptFile);
            Path dir = script.getParent();
            if (dir == null) {
                return null;
            }
            Path relative = Path.of(helpFile.replace('\\', '/'));
            Path baseDir = relative.getParent() == null ? dir : dir.resolve(relative.getParent());
            String name = relative.getFileName().toString();
            List<Path> candidates = new ArrayList<>();
            candidates.add(baseDir.resolve(uiCulture));
            if (uiCulture.contains("-")) {
                candidates.add(baseDir.resolve(uiCulture.substring(0, uiCulture.indexOf('-'))));
            }
            candidates.add(baseDir);
            for (Path folder : candidates) {
                Path found = ignoringCase(folder, name);
                if (found != null) {
                    return files.resolve(found.toString());
                }
            }
        } catch (RuntimeException e) {
            return null;  // a folder outside the reachable roots holds no help for us
        }
        return null;
    }

    private static Path ignoringCase(Path folder, String name) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().equalsIgnoreCase(name) && Files.isRegularFile(p))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The command element for the command in the file, as MAML elements; null when it is not there or the file is no XML. */
    static MamlElement command(Path file, String commandName) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            doc = b.parse(file.toFile());
        } catch (Exception e) {
            return null;
        }
        Node root = doc.getDocumentElement();
        for (Node n = root == null ? null : root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "command".equals(localName(e))) {
                MamlElement command = convert(e);
                String name = nameOf(command);
                if (name != null && name.equalsIgnoreCase(commandName)) {
                    return command;
                }
            }
        }
        return null;
    }

    private static String nameOf(MamlElement command) {
        for (MamlElement details : command.children) {
            if (details.name.equals("details")) {
                for (MamlElement n : details.children) {
                    if (n.name.equals("name") && n.text != null) {
                        return n.text.trim();
                    }
                }
            }
        }
        return null;
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static MamlElement convert(Element e) {
        MamlElement m = new MamlElement(localName(e));
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (!a.getNodeName().startsWith("xmlns")) {
                m.attr(a.getNodeName(), a.getNodeValue());
            }
        }
        boolean hasElements = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                hasElements = true;
                m.add(convert(child));
            }
        }
        if (!hasElements) {
            m.text = e.getTextContent();
        }
        return m;
    }
}

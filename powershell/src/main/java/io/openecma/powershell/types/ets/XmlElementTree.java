package io.openecma.powershell.types.ets;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A types.ps1xml file as a small element tree that remembers each element's line, because the
 * type table's load errors name the line ("{file}({line}) : Error: ..."). DTDs are refused.
 */
record XmlElementTree(String name, int line, StringBuilder text, List<XmlElementTree> children) {

    static XmlElementTree read(Path file) throws IOException, XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            Deque<XmlElementTree> open = new ArrayDeque<>();
            XmlElementTree root = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    XmlElementTree e = new XmlElementTree(r.getLocalName(), r.getLocation().getLineNumber(),
                            new StringBuilder(), new ArrayList<>());
                    if (open.isEmpty()) {
                        root = e;
                    } else {
                        open.peek().children().add(e);
                    }
                    open.push(e);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !open.isEmpty()) {
                    open.peek().text().append(r.getText());
                }
            }
            return root;
        }
    }

    /** The element's own text, trimmed. */
    String value() {
        return text.toString().trim();
    }

    XmlElementTree child(String childName) {
        for (XmlElementTree c : children) {
            if (c.name().equals(childName)) {
                return c;
            }
        }
        return null;
    }
}

package io.openecma.powershell.xml;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * .NET keeps an element's attributes in the order they were read or added; the JDK's DOM keeps
 * them sorted by name. Each attribute carries a sequence number from when it joined, and every
 * reader of attributes goes through {@link #of(Element)}.
 */
final class XmlAttributeOrder {
    private static final String KEY = "openecma.xml.order";
    private static final AtomicLong NEXT = new AtomicLong();

    private XmlAttributeOrder() {
    }

    static void mark(Node attribute) {
        if (attribute != null && attribute.getUserData(KEY) == null) {
            attribute.setUserData(KEY, NEXT.incrementAndGet(), null);
        }
    }

    /** An attribute (re)joining an element goes last, as .NET appends it. */
    static void renew(Node attribute) {
        attribute.setUserData(KEY, NEXT.incrementAndGet(), null);
    }

    static void copy(Node from, Node to) {
        Object mark = from.getUserData(KEY);
        if (mark != null) {
            to.setUserData(KEY, mark, null);
        }
    }

    /** The element's attributes in .NET's order. */
    static List<Attr> of(Element e) {
        NamedNodeMap map = e.getAttributes();
        List<Attr> list = new ArrayList<>(map.getLength());
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            mark(a);
            list.add(a);
        }
        list.sort(Comparator.comparingLong(a -> (Long) a.getUserData(KEY)));
        return list;
    }
}

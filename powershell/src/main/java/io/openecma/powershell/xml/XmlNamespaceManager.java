package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.PSRuntimeException;

import javax.xml.namespace.NamespaceContext;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * System.Xml.XmlNamespaceManager: the prefixes an XPath query may use. As in .NET, the default
 * namespace ("" prefix) is never applied to unprefixed names in XPath 1.0.
 */
public class XmlNamespaceManager implements Iterable<String> {
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    public XmlNamespaceManager(XmlNameTable nameTable) {
        if (nameTable == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: nameTable");
        }
        prefixes.put("xml", "http://www.w3.org/XML/1998/namespace");
        prefixes.put("xmlns", "http://www.w3.org/2000/xmlns/");
        prefixes.put("", "");
    }

    public void AddNamespace(String prefix, String uri) {
        if (prefix == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: prefix");
        }
        if (uri == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: uri");
        }
        if (prefix.equals("xml") || prefix.equals("xmlns")) {
            throw new PSRuntimeException("System.ArgumentException",
                    "Prefix \"" + prefix + "\" is reserved for use by XML and can be mapped only to namespace name \""
                            + prefixes.get(prefix) + "\".");
        }
        prefixes.put(prefix, uri);
    }

    public void RemoveNamespace(String prefix, String uri) {
        if (uri != null && uri.equals(prefixes.get(prefix)) && !prefix.equals("xml") && !prefix.equals("xmlns")) {
            prefixes.remove(prefix);
        }
    }

    /** The namespace of a prefix, or null when it is not declared. */
    public String LookupNamespace(String prefix) {
        return prefixes.get(prefix == null ? "" : prefix);
    }

    public String LookupPrefix(String uri) {
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (e.getValue().equals(uri)) {
                return e.getKey();
            }
        }
        return null;
    }

    public boolean HasNamespace(String prefix) {
        return prefixes.containsKey(prefix) && !prefix.equals("xml") && !prefix.equals("xmlns") && !prefix.isEmpty();
    }

    public String getDefaultNamespace() {
        return prefixes.getOrDefault("", "");
    }

    @Override
    public Iterator<String> iterator() {
        return List.copyOf(prefixes.keySet()).iterator();
    }

    NamespaceContext context() {
        return new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                String ns = prefix.isEmpty() ? null : prefixes.get(prefix);
                if (ns == null && !prefix.isEmpty()) {
                    throw new UndeclaredPrefix(prefix);
                }
                return ns == null ? "" : ns;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return LookupPrefix(namespaceURI);
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                String p = LookupPrefix(namespaceURI);
                return p == null ? List.<String>of().iterator() : List.of(p).iterator();
            }
        };
    }

    /** Raised from inside the XPath engine when a query names an undeclared prefix. */
    static final class UndeclaredPrefix extends RuntimeException {
        final String prefix;

        UndeclaredPrefix(String prefix) {
            super(prefix, null, false, false);
            this.prefix = prefix;
        }
    }
}

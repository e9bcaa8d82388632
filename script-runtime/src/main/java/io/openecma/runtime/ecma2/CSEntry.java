package io.openecma.runtime.ecma2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Microsoft.MetadirectoryServices.CSEntry: the connector-space object a Password script gets as
 * $CSEntry. {@code $CSEntry['name']} returns an {@link Attrib}; an attribute the object does not
 * have reads as not present rather than failing.
 */
public final class CSEntry {

    private final String dn;
    private final String objectType;
    private final Map<String, Attrib> attributes = new LinkedHashMap<>();

    public CSEntry(String dn, String objectType, Map<String, List<Object>> values) {
        this.dn = dn;
        this.objectType = objectType;
        values.forEach((name, vs) -> attributes.put(name.toLowerCase(Locale.ROOT), new Attrib(name, vs)));
    }

    public Attrib get_Item(String attributeName) {
        Attrib a = attributes.get(attributeName.toLowerCase(Locale.ROOT));
        return a != null ? a : new Attrib(attributeName, List.of());
    }

    public String getDN() {
        return dn;
    }

    public String getObjectType() {
        return objectType;
    }

    public List<String> getAttributeNames() {
        return attributes.values().stream().map(Attrib::getName).toList();
    }

    @Override
    public String toString() {
        return dn;
    }

    /** Microsoft.MetadirectoryServices.Attrib: one attribute of a CSEntry. */
    public static final class Attrib {
        private final String name;
        private final List<Object> values;

        Attrib(String name, List<Object> values) {
            this.name = name;
            this.values = List.copyOf(values);
        }

        public String getName() {
            return name;
        }

        public boolean getIsPresent() {
            return !values.isEmpty();
        }

        public boolean getIsMultivalued() {
            return values.size() > 1;
        }

        /** The single value (the first of several); null when not present. */
        public Object getValue() {
            return values.isEmpty() ? null : values.get(0);
        }

        public String getStringValue() {
            return values.isEmpty() ? null : String.valueOf(values.get(0));
        }

        public List<Object> getValues() {
            return values;
        }

        @Override
        public String toString() {
            return getStringValue() == null ? "" : getStringValue();
        }
    }
}

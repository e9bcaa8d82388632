package io.openecma.ingress.scim.filter;

import io.openecma.ingress.scim.ScimSchemas;

import java.util.List;
import java.util.Locale;

/**
 * An attribute path {@code [urn:]name[.sub]}. {@code urn} is null for core attributes (a core schema
 * URN prefix is dropped, since core attributes live at the top level of the resource).
 */
public record AttrPath(String urn, String name, String sub) {

    private static final List<String> KNOWN_URNS = List.of(ScimSchemas.ENTERPRISE_USER, ScimSchemas.ECMA2HOST_USER,
            ScimSchemas.CORE_USER, ScimSchemas.CORE_GROUP);

    /** Parses one path; throws IllegalArgumentException with the reason when it is not one. */
    public static AttrPath parse(String text) {
        String urn = null;
        String rest = text;
        if (ScimSchemas.isUrn(text)) {
            urn = knownUrnPrefix(text);
            if (urn == null) {
                int colon = text.lastIndexOf(':');
                urn = text.substring(0, colon);
            }
            rest = text.substring(urn.length() + 1);
            if (urn.equalsIgnoreCase(ScimSchemas.CORE_USER) || urn.equalsIgnoreCase(ScimSchemas.CORE_GROUP)) {
                urn = null;
            }
        }
        int dot = rest.indexOf('.');
        String name = dot < 0 ? rest : rest.substring(0, dot);
        String sub = dot < 0 ? null : rest.substring(dot + 1);
        requireName(name, text);
        if (sub != null) {
            requireName(sub, text);
        }
        return new AttrPath(urn, name, sub);
    }

    /** The known schema URN {@code text} is qualified with, in its canonical spelling, or null. */
    public static String knownUrnPrefix(String text) {
        for (String known : KNOWN_URNS) {
            if (text.length() > known.length() && text.regionMatches(true, 0, known, 0, known.length())
                    && text.charAt(known.length()) == ':') {
                return known;
            }
        }
        return null;
    }

    /** The canonical spelling of a known schema URN equal to {@code text}, or null. */
    public static String knownUrn(String text) {
        return KNOWN_URNS.stream().filter(u -> u.equalsIgnoreCase(text)).findFirst().orElse(null);
    }

    private static void requireName(String name, String whole) {
        boolean ok = !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '$');
        for (int i = 1; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = Character.isLetterOrDigit(c) || c == '-' || c == '_';
        }
        if (!ok) {
            throw new IllegalArgumentException("'" + whole + "' is not a valid attribute path");
        }
    }

    /** Case-insensitive key used to compare paths. */
    public String key() {
        return ((urn == null ? "" : urn + ":") + name + (sub == null ? "" : "." + sub)).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return (urn == null ? "" : urn + ":") + name + (sub == null ? "" : "." + sub);
    }
}

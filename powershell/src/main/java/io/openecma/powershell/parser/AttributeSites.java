package io.openecma.powershell.parser;

import io.openecma.powershell.ast.AttributeNode;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the parts of each parsed attribute start in the script text (the AST keeps lines and
 * columns only): its type name, after the '[', and the name of each named argument. The class
 * checks report their errors at these offsets, as 5.1 reports at the TypeName's and
 * NamedAttributeArgumentAst's extents.
 */
final class AttributeSites {

    record Site(int typeStart, Map<String, Integer> namedStarts) {
    }

    private final Map<AttributeNode, Site> sites = new IdentityHashMap<>();

    void put(AttributeNode a, int typeStart, Map<String, Integer> namedStarts) {
        sites.put(a, new Site(typeStart, new LinkedHashMap<>(namedStarts)));
    }

    /** The offset of the attribute's type name, or -1 when not known. */
    int typeStart(AttributeNode a) {
        Site s = sites.get(a);
        return s == null ? -1 : s.typeStart();
    }

    /** The offset of a named argument's name, or -1 when not known. */
    int namedStart(AttributeNode a, String name) {
        Site s = sites.get(a);
        Integer at = s == null ? null : s.namedStarts().get(name);
        return at == null ? -1 : at;
    }
}

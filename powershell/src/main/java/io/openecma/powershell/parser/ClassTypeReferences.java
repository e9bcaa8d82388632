package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.ast.TypeName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The type names written in a script's class and enum declarations (base types, property types,
 * return and parameter types, attributes), resolved when the parse ends as 5.1's SymbolResolver
 * does (SymbolResolver.cs VisitTypeName): a name that is neither a class or enum of the script nor a
 * type of the session is {@code TypeNotFound}, an attribute's {@code CustomAttributeTypeNotFound}.
 * The engine models only part of .NET: a name under {@code System.} or {@code Microsoft.} (or any
 * name in a script with a {@code using namespace} of those) that it cannot resolve is kept, not
 * reported ({@link ParseTimeTypes#isFrameworkName}). Method bodies and property initializers are not checked here (5.1 checks them too; the engine
 * knows only part of .NET, so a name there is left for run time). A script with {@code using module}
 * or {@code using assembly} is not checked: those bring their types in when the script runs. A
 * {@code using module} of a bare name that no module has is {@code ModuleNotFoundDuringParse}.
 */
final class ClassTypeReferences {

    private record Ref(TypeName name, int offset, boolean attribute) {
    }

    private final List<Ref> refs = new ArrayList<>();
    private final Set<String> defined = new HashSet<>();
    private final List<String> namespaces = new ArrayList<>();
    private boolean importsTypes;
    /** The 'using module NAME' statements by name, with the offsets of their extents. */
    private final List<Object[]> modules = new ArrayList<>();

    /** A 'using module' of a bare name, checked when the parse ends (ModuleNotFoundDuringParse). */
    void usingModule(String name, int start, int end) {
        modules.add(new Object[] {name, start, end});
    }

    void reference(TypeName name, int offset, boolean attribute) {
        if (name != null && offset >= 0) {
            refs.add(new Ref(name, offset, attribute));
        }
    }

    void defined(String typeName) {
        defined.add(typeName.toLowerCase(Locale.ROOT));
    }

    void using(Statement u) {
        if (u instanceof Statement.Using using) {
            if (using.kind().equals("namespace") && using.name() != null) {
                namespaces.add(using.name());
            } else {
                importsTypes = true;
            }
        }
    }

    List<ParseException> errors(Parser p) {
        List<ParseException> out = new ArrayList<>();
        for (Object[] m : modules) {
            if (!ParseTimeTypes.moduleKnown((String) m[0])) {
                int start = (Integer) m[1];
                out.add(new ParseException("ModuleNotFoundDuringParse", "Could not find the module '" + m[0] + "'.",
                        p.lexer.positionAt(start), start, (Integer) m[2], false, false));
            }
        }
        if (refs.isEmpty() || importsTypes || !ParseTimeTypes.available(TypeName.simple("System.Object"))) {
            return out;
        }
        for (Ref r : refs) {
            TypeName missing = missing(r.name(), r.attribute());
            if (missing == null) {
                continue;
            }
            String text = missing.toString();
            ParseException e = r.attribute()
                    ? new ParseException("CustomAttributeTypeNotFound", "Cannot find the type for custom attribute '" + text
                            + "'. Make sure that the assembly that contains this type is loaded.",
                            p.lexer.positionAt(r.offset()), r.offset(), r.offset() + text.length(), false, false)
                    : new ParseException("TypeNotFound", "Unable to find type [" + text + "].",
                            p.lexer.positionAt(r.offset()), r.offset(), r.offset() + text.length(), false, false);
            out.add(e);
        }
        return out;
    }

    /** The part of the name no type has (the name itself, an element or a generic argument), or null. */
    private TypeName missing(TypeName t, boolean attribute) {
        if (t.isArray()) {
            return missing(t.elementType(), false);
        }
        if (!attribute && t.name().equalsIgnoreCase("ordered") && !t.isGeneric()) {
            return null; // [ordered] looks like a type constraint but is an attribute (SymbolResolver.cs)
        }
        for (TypeName arg : t.genericArguments()) {
            TypeName m = missing(arg, false);
            if (m != null) {
                return m;
            }
        }
        if (!t.isGeneric() && (isDefined(t.name()) || attribute && isDefined(t.name() + "Attribute"))) {
            return null;
        }
        TypeName probe = new TypeName(t.name(), t.genericArguments().stream().map(this::withoutScriptTypes).toList(), 0);
        if (ParseTimeTypes.known(probe, attribute)) {
            return null;
        }
        for (String ns : namespaces) {
            if (ParseTimeTypes.known(new TypeName(ns + "." + t.name(), probe.genericArguments(), 0), attribute)
                    || ParseTimeTypes.isFrameworkName(ns + ".")) {
                return null;
            }
        }
        return ParseTimeTypes.isFrameworkName(t.name()) ? null : t;
    }

    private boolean isDefined(String name) {
        return defined.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The script's own classes stand for [object] when a generic type of the session is looked up. */
    private TypeName withoutScriptTypes(TypeName t) {
        if (!t.isGeneric() && isDefined(t.name())) {
            return new TypeName("System.Object", List.of(), t.arrayRank());
        }
        return new TypeName(t.name(), t.genericArguments().stream().map(this::withoutScriptTypes).toList(), t.arrayRank());
    }
}

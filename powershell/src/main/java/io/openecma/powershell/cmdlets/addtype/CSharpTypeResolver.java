package io.openecma.powershell.cmdlets.addtype;

import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.TypeDecl;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.TypeRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Resolves C# type names as the compiler would within the subset: keywords, the types the same
 * source declares (by namespace), then the engine's types, each tried as written and under every
 * {@code using} namespace. The answer is a PowerShell type name ({@code System.Collections.Generic.List[System.Int32]}).
 */
final class CSharpTypeResolver {

    private static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("int", "System.Int32"), Map.entry("string", "System.String"), Map.entry("bool", "System.Boolean"),
            Map.entry("long", "System.Int64"), Map.entry("short", "System.Int16"), Map.entry("byte", "System.Byte"),
            Map.entry("sbyte", "System.SByte"), Map.entry("uint", "System.UInt32"), Map.entry("ulong", "System.UInt64"),
            Map.entry("ushort", "System.UInt16"), Map.entry("double", "System.Double"), Map.entry("float", "System.Single"),
            Map.entry("decimal", "System.Decimal"), Map.entry("char", "System.Char"), Map.entry("object", "System.Object"),
            Map.entry("void", "System.Void"));

    private final List<TypeDecl> declared;
    private final List<String> usings;
    private final Predicate<TypeName> engineKnows;

    CSharpTypeResolver(List<TypeDecl> declared, List<String> usings, Predicate<TypeName> engineKnows) {
        this.declared = declared;
        this.usings = usings;
        this.engineKnows = engineKnows;
    }

    static boolean isKeyword(String name) {
        return KEYWORDS.containsKey(name);
    }

    /** The PowerShell name of a written type; CS0246 when nothing of that name is known. */
    String resolve(TypeRef t, String namespace) {
        String r = resolveOrNull(t, namespace);
        if (r == null) {
            throw new CSharpCompileError(t.at(), "CS0246", "The type or namespace name '" + t.name()
                    + "' could not be found (are you missing a using directive or an assembly reference?)");
        }
        return r;
    }

    String resolveOrNull(TypeRef t, String namespace) {
        List<String> args = new ArrayList<>();
        for (TypeRef a : t.arguments()) {
            args.add(resolve(a, namespace));
        }
        String base = KEYWORDS.get(t.name());
        if (base == null) {
            base = args.isEmpty() ? declaredType(t.name(), namespace) : null;
        }
        if (base == null) {
            base = engineType(t.name(), args);
        }
        if (base == null) {
            return null;
        }
        String name = args.isEmpty() ? base : base + "[" + String.join(",", args) + "]";
        if (t.nullable()) {
            name = "System.Nullable[" + name + "]";
        }
        if (t.arrayRank() > 0) {
            name = name + "[" + ",".repeat(t.arrayRank() - 1) + "]";
        }
        return name;
    }

    /** A declared type's full name for a simple or qualified name seen from a namespace, or null. */
    String declaredType(String name, String namespace) {
        List<String> candidates = new ArrayList<>();
        for (String ns = namespace; !ns.isEmpty(); ns = ns.contains(".") ? ns.substring(0, ns.lastIndexOf('.')) : "") {
            candidates.add(ns + "." + name);
        }
        candidates.add(name);
        for (String u : usings) {
            candidates.add(u + "." + name);
        }
        for (String cand : candidates) {
            for (TypeDecl d : declared) {
                if (d.fullName().equals(cand)) {
                    return d.fullName();
                }
            }
        }
        return null;
    }

    TypeDecl declaration(String fullName) {
        for (TypeDecl d : declared) {
            if (d.fullName().equals(fullName)) {
                return d;
            }
        }
        return null;
    }

    /** An engine type's name as written or under a using namespace, or null. */
    String engineType(String name, List<String> args) {
        List<TypeName> argNames = args.stream().map(TypeName::simple).toList();
        List<String> candidates = new ArrayList<>();
        candidates.add(name);
        for (String u : usings) {
            candidates.add(u + "." + name);
        }
        for (String cand : candidates) {
            if (engineKnows.test(new TypeName(cand, argNames, 0))) {
                return cand;
            }
        }
        return null;
    }

    /** A dotted name used as a type in an expression ({@code Math}, {@code System.Text.Encoding}, {@code int}), or null. */
    String typeInExpression(String dotted, String namespace) {
        if (KEYWORDS.containsKey(dotted)) {
            return KEYWORDS.get(dotted);
        }
        String d = declaredType(dotted, namespace);
        return d != null ? d : engineType(dotted, List.of());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

package io.openecma.powershell.cmdlets.addtype;

import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Accessor;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Constructor;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.EnumMember;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Field;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Kind;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Member;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Method;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Modifiers;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Param;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Property;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Range;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.TypeDecl;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.TypeRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a C# compilation unit of the subset: using directives, namespaces (block and file-scoped),
 * classes, structs and enums with their fields, properties, constructors and methods. Member
 * bodies are kept as token ranges for {@link CSharpBodyTranslator}.
 */
final class CSharpDeclarationParser {

    /** Attributes a type may carry: [Flags] changes an enum; [Serializable] changes nothing the engine models. */
    private static final Set<String> TYPE_ATTRIBUTES = Set.of("flags", "system.flags", "flagsattribute", "system.flagsattribute",
            "serializable", "system.serializable", "serializableattribute", "system.serializableattribute");

    private final TokenCursor c;
    final List<String> usings = new ArrayList<>();
    final List<TypeDecl> types = new ArrayList<>();

    CSharpDeclarationParser(List<CSharpToken> tokens) {
        this.c = new TokenCursor(tokens, 0, tokens.size());
    }

    CSharpDeclarationParser parse() {
        members("", false);
        return this;
    }

    /** Namespace members until the end (or a closing brace when {@code braced}). */
    private void members(String namespace, boolean braced) {
        String ns = namespace;
        while (!c.atEnd() && !(braced && c.peek().is("}"))) {
            CSharpToken t = c.peek();
            if (t.is("using")) {
                c.next();
                if (c.peek().is("static") || c.peek(1).is("=")) {
                    throw CSharpCompileError.unsupported(t, "'using static' and using aliases");
                }
                usings.add(qualifiedName());
                c.expect(";");
            } else if (t.is("namespace")) {
                c.next();
                String name = qualifiedName();
                String full = ns.isEmpty() ? name : ns + "." + name;
                if (c.accept(";")) {
                    ns = full; // file-scoped namespace: the rest of the file is in it
                } else {
                    c.expect("{");
                    members(full, true);
                    c.expect("}");
                }
            } else {
                types.add(typeDeclaration(ns));
            }
        }
    }

    private String qualifiedName() {
        StringBuilder sb = new StringBuilder(c.identifier().text());
        while (c.accept(".")) {
            sb.append('.').append(c.identifier().text());
        }
        return sb.toString();
    }

    private TypeDecl typeDeclaration(String namespace) {
        boolean flags = false;
        while (c.peek().is("[")) {
            CSharpToken open = c.next();
            do {
                String attr = qualifiedName();
                if (!TYPE_ATTRIBUTES.contains(attr.toLowerCase(java.util.Locale.ROOT))) {
                    throw CSharpCompileError.unsupported(open, "The attribute [" + attr + "]");
                }
                flags |= attr.toLowerCase(java.util.Locale.ROOT).contains("flags");
                if (c.peek().is("(")) {
                    c.skipBalanced("(", ")");
                }
            } while (c.accept(","));
            c.expect("]");
        }
        CSharpToken at = c.peek();
        modifiers(Set.of("public", "internal", "sealed", "static", "abstract", "partial"));
        CSharpToken kw = c.next();
        Kind kind = switch (kw.text()) {
            case "class" -> Kind.CLASS;
            case "struct" -> Kind.STRUCT;
            case "enum" -> Kind.ENUM;
            case "interface" -> throw CSharpCompileError.unsupported(kw, "Declaring an interface");
            case "delegate" -> throw CSharpCompileError.unsupported(kw, "Declaring a delegate");
            case "record" -> throw CSharpCompileError.unsupported(kw, "Declaring a record");
            default -> throw new CSharpCompileError(kw, "CS1022", "Type or namespace definition, or end-of-file expected");
        };
        CSharpToken name = c.identifier();
        if (c.peek().is("<")) {
            throw CSharpCompileError.unsupported(c.peek(), "A generic type declaration");
        }
        List<TypeRef> bases = new ArrayList<>();
        if (c.accept(":")) {
            do {
                bases.add(typeRef());
            } while (c.accept(","));
        }
        if (c.peek().is("where")) {
            throw CSharpCompileError.unsupported(c.peek(), "A generic constraint");
        }
        c.expect("{");
        List<Member> members = new ArrayList<>();
        if (kind == Kind.ENUM) {
            enumMembers(members);
        } else {
            while (!c.peek().is("}")) {
                if (c.atEnd()) {
                    throw new CSharpCompileError(c.peek(), "CS1513", "} expected");
                }
                members.add(member(name.text()));
            }
        }
        c.expect("}");
        c.accept(";");
        if (kind == Kind.ENUM && bases.size() > 1) {
            throw new CSharpCompileError(at, "CS1008", "Type byte, sbyte, short, ushort, int, uint, long, or ulong expected");
        }
        return new TypeDecl(kind, name.text(), namespace, bases, members, flags, at);
    }

    private void enumMembers(List<Member> members) {
        while (!c.peek().is("}")) {
            CSharpToken name = c.identifier();
            Range value = null;
            if (c.accept("=")) {
                value = expressionUntil(",", "}");
            }
            members.add(new EnumMember(name.text(), value, name));
            if (!c.accept(",")) {
                break;
            }
        }
    }

    private Modifiers modifiers(Set<String> allowed) {
        boolean isPublic = false;
        boolean isStatic = false;
        boolean isConst = false;
        while (c.peek().kind() == CSharpToken.Kind.IDENTIFIER && MODIFIERS.contains(c.peek().text())) {
            CSharpToken m = c.next();
            if (!allowed.contains(m.text())) {
                throw CSharpCompileError.unsupported(m, "The modifier '" + m.text() + "'"
                        + (m.text().equals("extern") ? " (P/Invoke)" : "") + " here");
            }
            isPublic |= m.is("public");
            isStatic |= m.is("static") || m.is("const");
            isConst |= m.is("const");
        }
        return new Modifiers(isPublic, isStatic, isConst);
    }

    private static final Set<String> MODIFIERS = Set.of("public", "private", "protected", "internal", "static", "readonly",
            "const", "sealed", "override", "virtual", "abstract", "new", "partial", "unsafe", "extern", "volatile", "async");

    private static final Set<String> MEMBER_MODIFIERS = Set.of("public", "private", "protected", "internal", "static",
            "readonly", "const", "sealed", "override", "virtual", "new");

    private Member member(String typeName) {
        CSharpToken first = c.peek();
        if (first.is("[")) {
            throw CSharpCompileError.unsupported(first, "An attribute on a member");
        }
        Modifiers mods = modifiers(MEMBER_MODIFIERS);
        CSharpToken at = c.peek();
        if (at.is("class") || at.is("struct") || at.is("enum") || at.is("interface")) {
            throw CSharpCompileError.unsupported(at, "A nested type");
        }
        if (at.is("event") || at.is("delegate")) {
            throw CSharpCompileError.unsupported(at, "An " + at.text());
        }
        if (at.is("~")) {
            throw CSharpCompileError.unsupported(at, "A finalizer");
        }
        if (at.text().equals(typeName) && c.peek(1).is("(")) {
            c.next();
            return constructor(mods, at);
        }
        TypeRef type = typeRef();
        if (c.peek().is("operator") || c.peek().is("implicit") || c.peek().is("explicit")) {
            throw CSharpCompileError.unsupported(c.peek(), "An operator declaration");
        }
        if (c.peek().is("this")) {
            throw CSharpCompileError.unsupported(c.peek(), "An indexer");
        }
        CSharpToken name = c.identifier();
        if (c.peek().is(".")) {
            throw CSharpCompileError.unsupported(name, "An explicit interface implementation");
        }
        if (c.peek().is("<")) {
            throw CSharpCompileError.unsupported(c.peek(), "A generic method");
        }
        if (c.peek().is("(")) {
            return method(mods, type, name);
        }
        if (c.peek().is("{") || c.peek().is("=>")) {
            return property(mods, type, name);
        }
        return field(mods, type, name);
    }

    private Field field(Modifiers mods, TypeRef type, CSharpToken name) {
        if (c.peek().is(",")) {
            throw CSharpCompileError.unsupported(c.peek(), "Declaring several fields in one statement");
        }
        Range init = c.accept("=") ? expressionUntil(";") : null;
        c.expect(";");
        return new Field(name.text(), type, mods, init, name);
    }

    private Property property(Modifiers mods, TypeRef type, CSharpToken name) {
        if (c.accept("=>")) {
            Range body = expressionUntil(";");
            c.expect(";");
            return new Property(name.text(), type, mods, new Accessor(body, true, name), null, null, name);
        }
        c.expect("{");
        Accessor getter = null;
        Accessor setter = null;
        while (!c.accept("}")) {
            modifiers(Set.of("private", "protected", "internal", "public"));
            CSharpToken kw = c.identifier();
            Accessor a;
            if (c.accept(";")) {
                a = new Accessor(null, false, kw);
            } else if (c.accept("=>")) {
                a = new Accessor(expressionUntil(";"), true, kw);
                c.expect(";");
            } else {
                int start = c.position();
                int end = c.skipBalanced("{", "}");
                a = new Accessor(new Range(start, end), false, kw);
            }
            switch (kw.text()) {
                case "get" -> getter = a;
                case "set" -> setter = a;
                case "init" -> throw CSharpCompileError.unsupported(kw, "An init accessor");
                default -> throw new CSharpCompileError(kw, "CS1014", "A get or set accessor expected");
            }
        }
        Range init = null;
        if (c.accept("=")) {
            init = expressionUntil(";");
            c.expect(";");
        }
        return new Property(name.text(), type, mods, getter, setter, init, name);
    }

    private Method method(Modifiers mods, TypeRef type, CSharpToken name) {
        List<Param> params = parameters();
        if (c.peek().is("where")) {
            throw CSharpCompileError.unsupported(c.peek(), "A generic constraint");
        }
        if (c.accept("=>")) {
            Range body = expressionUntil(";");
            c.expect(";");
            return new Method(name.text(), type, params, mods, body, true, name);
        }
        if (c.peek().is(";")) {
            throw CSharpCompileError.unsupported(c.peek(), "A method without a body");
        }
        int start = c.position();
        int end = c.skipBalanced("{", "}");
        return new Method(name.text(), type, params, mods, new Range(start, end), false, name);
    }

    private Constructor constructor(Modifiers mods, CSharpToken at) {
        List<Param> params = parameters();
        String chain = null;
        Range chainArgs = null;
        if (c.accept(":")) {
            CSharpToken kw = c.next();
            if (!kw.is("this") && !kw.is("base")) {
                throw new CSharpCompileError(kw, "CS1018", "Keyword 'this' or 'base' expected");
            }
            chain = kw.text();
            int start = c.position() + 1;
            int end = c.skipBalanced("(", ")");
            chainArgs = new Range(start, end - 1);
        }
        if (c.accept("=>")) {
            throw CSharpCompileError.unsupported(at, "An expression-bodied constructor");
        }
        int start = c.position();
        int end = c.skipBalanced("{", "}");
        return new Constructor(params, mods, chain, chainArgs, new Range(start, end), at);
    }

    private List<Param> parameters() {
        c.expect("(");
        List<Param> list = new ArrayList<>();
        if (c.accept(")")) {
            return list;
        }
        do {
            CSharpToken t = c.peek();
            if (t.is("ref") || t.is("out") || t.is("in") || t.is("params") || t.is("this")) {
                throw CSharpCompileError.unsupported(t, "A '" + t.text() + "' parameter");
            }
            if (t.is("[")) {
                throw CSharpCompileError.unsupported(t, "An attribute on a parameter");
            }
            TypeRef type = typeRef();
            CSharpToken name = c.identifier();
            if (c.peek().is("=")) {
                throw CSharpCompileError.unsupported(c.peek(), "An optional parameter (default value)");
            }
            list.add(new Param(name.text(), type, name));
        } while (c.accept(","));
        c.expect(")");
        return list;
    }

    /** A type: dotted name, generic arguments, array ranks ({@code [,]} is rank 2) and {@code ?}. */
    TypeRef typeRef() {
        return typeRef(c);
    }

    static TypeRef typeRef(TokenCursor c) {
        CSharpToken at = c.peek();
        StringBuilder name = new StringBuilder(c.identifier().text());
        while (c.peek().is(".") && c.peek(1).kind() == CSharpToken.Kind.IDENTIFIER) {
            c.next();
            name.append('.').append(c.identifier().text());
        }
        if (c.peek().is("::")) {
            throw CSharpCompileError.unsupported(c.peek(), "An alias-qualified name ('::')");
        }
        List<TypeRef> args = new ArrayList<>();
        if (c.peek().is("<")) {
            c.next();
            do {
                args.add(typeRef(c));
            } while (c.accept(","));
            c.expect(">");
        }
        boolean nullable = c.accept("?");
        int rank = 0;
        while (c.peek().is("[") && (c.peek(1).is("]") || c.peek(1).is(","))) {
            if (rank > 0) {
                throw CSharpCompileError.unsupported(c.peek(), "A jagged array type");
            }
            c.next();
            rank = 1;
            while (c.accept(",")) {
                rank++;
            }
            c.expect("]");
        }
        if (c.peek().is("*")) {
            throw CSharpCompileError.unsupported(c.peek(), "A pointer type");
        }
        return new TypeRef(name.toString(), args, rank, nullable, at);
    }

    /** Tokens up to (not including) the first of {@code stops} outside brackets. */
    private Range expressionUntil(String... stops) {
        int start = c.position();
        int depth = 0;
        while (!c.atEnd()) {
            CSharpToken t = c.peek();
            if (depth == 0) {
                for (String s : stops) {
                    if (t.is(s)) {
                        return new Range(start, c.position());
                    }
                }
            }
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            }
            c.next();
        }
        throw new CSharpCompileError(c.peek(), "CS1002", "; expected");
    }
}

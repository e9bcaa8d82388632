package io.openecma.powershell.cmdlets.addtype;

import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Accessor;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Constructor;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Field;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Kind;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Member;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Method;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Param;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Property;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Range;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.TypeDecl;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.TypeRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one C# class or struct as a PowerShell {@code class}: fields and properties become
 * properties (non-public ones {@code hidden}; a property whose accessors only read and write a
 * field takes the field's place), constructors and methods keep their signatures with bodies
 * from {@link CSharpBodyTranslator}. A constructor chained with {@code : this(...)} runs the
 * target's body first through hidden {@code __init} methods, since PowerShell classes have no such chaining.
 */
final class ClassEmitter {

    private final List<CSharpToken> tokens;
    private final CSharpTypeResolver types;
    private final TypeDecl decl;
    private final String psName;
    private final MemberTable table;
    private final String baseClass;
    /** Backing field name to the property that carries it. */
    private final Map<String, Property> absorbed = new HashMap<>();

    ClassEmitter(List<CSharpToken> tokens, CSharpTypeResolver types, TypeDecl decl, String psName, MemberTable baseTable,
                 String baseClass) {
        this.tokens = tokens;
        this.types = types;
        this.decl = decl;
        this.psName = psName;
        this.baseClass = baseClass;
        this.table = new MemberTable(baseTable);
        findBackingFields();
        fillTable();
    }

    MemberTable table() {
        return table;
    }

    // ---------------------------------------------------------------- backing fields

    private void findBackingFields() {
        for (Member m : decl.members()) {
            if (m instanceof Property p && (p.getter() != null && p.getter().body() != null
                    || p.setter() != null && p.setter().body() != null)) {
                if (p.getter() == null) {
                    throw CSharpCompileError.unsupported(p.at(), "A write-only property");
                }
                String field = getterField(p.getter());
                if (p.setter() != null && !field.equals(setterField(p.setter()))) {
                    throw CSharpCompileError.unsupported(p.setter().at(),
                            "A set accessor other than 'set { " + field + " = value; }'");
                }
                Field f = field(field);
                if (f == null || f.modifiers().isStatic() != p.modifiers().isStatic()) {
                    throw CSharpCompileError.unsupported(p.getter().at(), "A get accessor that does not return a field of the class");
                }
                if (absorbed.containsKey(field)) {
                    throw CSharpCompileError.unsupported(p.at(), "Two properties over one field ('" + field + "')");
                }
                absorbed.put(field, p);
            }
        }
    }

    /** {@code get { return f; }}, {@code get { return this.f; }} or {@code get => f;}: f. */
    private String getterField(Accessor a) {
        List<String> t = texts(a.body());
        List<String> inner = a.expression() ? t : strip(t, List.of("{", "return"), List.of(";", "}"));
        if (inner != null && inner.size() == 3 && inner.get(0).equals("this") && inner.get(1).equals(".")) {
            inner = inner.subList(2, 3);
        }
        if (inner == null || inner.size() != 1) {
            throw CSharpCompileError.unsupported(a.at(), "A get accessor other than returning a field");
        }
        return inner.get(0);
    }

    /** {@code set { f = value; }} or {@code set => f = value;}: f. */
    private String setterField(Accessor a) {
        List<String> t = texts(a.body());
        List<String> inner = a.expression() ? t : strip(t, List.of("{"), List.of(";", "}"));
        if (inner != null && inner.size() == 5 && inner.get(0).equals("this") && inner.get(1).equals(".")) {
            inner = inner.subList(2, 5);
        }
        if (inner == null || inner.size() != 3 || !inner.get(1).equals("=") || !inner.get(2).equals("value")) {
            throw CSharpCompileError.unsupported(a.at(), "A set accessor other than assigning 'value' to a field");
        }
        return inner.get(0);
    }

    private List<String> texts(Range r) {
        List<String> list = new ArrayList<>();
        for (int i = r.start(); i < r.end(); i++) {
            list.add(tokens.get(i).text());
        }
        return list;
    }

    private static List<String> strip(List<String> t, List<String> head, List<String> tail) {
        if (t.size() < head.size() + tail.size() || !t.subList(0, head.size()).equals(head)
                || !t.subList(t.size() - tail.size(), t.size()).equals(tail)) {
            return null;
        }
        return t.subList(head.size(), t.size() - tail.size());
    }

    private Field field(String name) {
        for (Member m : decl.members()) {
            if (m instanceof Field f && f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private void fillTable() {
        for (Member m : decl.members()) {
            if (m instanceof Field f) {
                Property p = absorbed.get(f.name());
                table.add(f.name(), new MemberTable.Entry(p != null ? p.name() : f.name(), f.modifiers().isStatic(),
                        MemberTable.Kind.DATA, decl.fullName()));
            } else if (m instanceof Property p) {
                table.add(p.name(), new MemberTable.Entry(p.name(), p.modifiers().isStatic(), MemberTable.Kind.DATA, decl.fullName()));
            } else if (m instanceof Method me) {
                table.add(me.name(), new MemberTable.Entry(me.name(), me.modifiers().isStatic(), MemberTable.Kind.METHOD,
                        decl.fullName()));
            }
        }
    }

    // ---------------------------------------------------------------- emitting

    String emit() {
        StringBuilder sb = new StringBuilder("class ").append(psName);
        List<String> bases = new ArrayList<>();
        for (TypeRef b : decl.bases()) {
            bases.add(types.resolve(b, decl.namespace()));
        }
        if (!bases.isEmpty()) {
            sb.append(" : ").append(String.join(", ", bases));
        }
        sb.append(" {\n");
        for (Member m : decl.members()) {
            if (m instanceof Field f && !absorbed.containsKey(f.name())) {
                property(sb, f.name(), f.type(), f.modifiers(), f.initializer());
            } else if (m instanceof Property p) {
                Field backing = backingOf(p);
                property(sb, p.name(), p.type(), p.modifiers(), backing != null ? backing.initializer() : p.initializer());
            }
        }
        constructors(sb);
        for (Member m : decl.members()) {
            if (m instanceof Method me) {
                method(sb, me);
            }
        }
        return sb.append("}\n").toString();
    }

    private Field backingOf(Property p) {
        for (Map.Entry<String, Property> e : absorbed.entrySet()) {
            if (e.getValue() == p) {
                return field(e.getKey());
            }
        }
        return null;
    }

    private void property(StringBuilder sb, String name, TypeRef type, CSharpSyntax.Modifiers mods, Range init) {
        sb.append("    ");
        if (!mods.isPublic()) {
            sb.append("hidden ");
        }
        if (mods.isStatic()) {
            sb.append("static ");
        }
        String psType = types.resolve(type, decl.namespace());
        sb.append('[').append(psType).append("] $").append(name);
        if (init != null) {
            if (tokens.get(init.start()).is("{")) {
                throw CSharpCompileError.unsupported(tokens.get(init.start()), "An array initializer without 'new'");
            }
            sb.append(" = ").append(translator(mods.isStatic(), List.of()).expression(init));
        }
        sb.append('\n');
    }

    private CSharpBodyTranslator translator(boolean isStatic, List<Param> params) {
        return new CSharpBodyTranslator(tokens, types, decl, table, baseClass, isStatic, params.stream().map(Param::name).toList());
    }

    private String parameters(List<Param> params) {
        List<String> list = new ArrayList<>();
        for (Param p : params) {
            // A parameter type the engine does not model (ServicePoint, X509Certificate) is taken as object.
            String t = types.resolveOrNull(p.type(), decl.namespace());
            list.add("[" + (t == null ? "object" : t) + "]" + PowerShellText.variable(p.name()));
        }
        return String.join(", ", list);
    }

    private void method(StringBuilder sb, Method m) {
        sb.append("    ");
        if (!m.modifiers().isPublic()) {
            sb.append("hidden ");
        }
        if (m.modifiers().isStatic()) {
            sb.append("static ");
        }
        String ret = types.resolve(m.returnType(), decl.namespace());
        boolean isVoid = ret.equals("System.Void");
        sb.append('[').append(isVoid ? "void" : ret).append("] ").append(m.name()).append('(')
                .append(parameters(m.parameters())).append(") {\n");
        CSharpBodyTranslator t = translator(m.modifiers().isStatic(), m.parameters());
        if (m.expression()) {
            String e = t.expression(m.body());
            sb.append("        ").append(isVoid ? "$null = " + e + "\n        return" : "return " + e).append('\n');
        } else {
            sb.append(t.block(m.body()));
        }
        sb.append("    }\n");
    }

    private void constructors(StringBuilder sb) {
        List<Constructor> ctors = new ArrayList<>();
        for (Member m : decl.members()) {
            if (m instanceof Constructor k) {
                ctors.add(k);
            }
        }
        boolean chained = ctors.stream().anyMatch(k -> "this".equals(k.chain()));
        boolean hasDefault = ctors.stream().anyMatch(k -> k.parameters().isEmpty() && !k.modifiers().isStatic());
        if (decl.kind() == Kind.STRUCT && !hasDefault) {
            sb.append("    ").append(psName).append("() {\n    }\n"); // a struct always has its parameterless constructor
        }
        for (int i = 0; i < ctors.size(); i++) {
            Constructor k = ctors.get(i);
            boolean isStatic = k.modifiers().isStatic();
            // A protected or private constructor is hidden: only a derived class's constructor may call it.
            String head = "    " + (isStatic ? "static " : !k.modifiers().isPublic() ? "hidden " : "") + psName + "("
                    + parameters(k.parameters()) + ")";
            if ("base".equals(k.chain())) {
                head += " : base(" + translator(false, k.parameters()).arguments(k.chainArguments()) + ")";
            }
            if (!chained || isStatic) {
                sb.append(head).append(" {\n").append(translator(isStatic, k.parameters()).block(k.body())).append("    }\n");
                continue;
            }
            // With ': this(...)' anywhere, each body lives in a hidden __init method a constructor (or another __init) calls.
            sb.append(head).append(" {\n        $this.__init").append(i).append('(')
                    .append(k.parameters().stream().map(p -> PowerShellText.variable(p.name())).reduce((a, b) -> a + ", " + b).orElse(""))
                    .append(")\n    }\n");
            sb.append("    hidden [void] __init").append(i).append('(').append(parameters(k.parameters())).append(") {\n");
            if ("this".equals(k.chain())) {
                int target = chainTarget(ctors, k);
                sb.append("        $this.__init").append(target).append('(')
                        .append(translator(false, k.parameters()).arguments(k.chainArguments())).append(")\n");
            }
            sb.append(translator(false, k.parameters()).block(k.body())).append("    }\n");
        }
    }

    /** The constructor a {@code : this(...)} names, chosen by argument count (the subset needs that to be unambiguous). */
    private int chainTarget(List<Constructor> ctors, Constructor k) {
        int count = countArguments(k.chainArguments());
        int found = -1;
        for (int i = 0; i < ctors.size(); i++) {
            Constructor o = ctors.get(i);
            if (o != k && !o.modifiers().isStatic() && o.parameters().size() == count) {
                if (found >= 0) {
                    throw CSharpCompileError.unsupported(k.at(), "': this(...)' to one of several constructors with "
                            + count + " parameters");
                }
                if ("base".equals(o.chain())) {
                    throw CSharpCompileError.unsupported(k.at(), "': this(...)' to a constructor that calls ': base(...)'");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new CSharpCompileError(k.at(), "CS1729", "'" + decl.name() + "' does not contain a constructor that takes "
                    + count + " arguments");
        }
        return found;
    }

    private int countArguments(Range r) {
        if (r.start() >= r.end()) {
            return 0;
        }
        int depth = 0;
        int count = 1;
        for (int i = r.start(); i < r.end(); i++) {
            CSharpToken t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            } else if (t.is(",") && depth == 0) {
                count++;
            }
        }
        return count;
    }
}

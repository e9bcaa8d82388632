package io.openecma.powershell.cmdlets.addtype;

import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.EnumMember;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Kind;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Member;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.TypeDecl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Translates C# source of the subset into one PowerShell script of {@code class} and {@code enum}
 * definitions. Each type is written under a placeholder name (PowerShell class names cannot hold
 * a namespace) that {@link AddTypeCommand} replaces with the C# full name when it defines them.
 */
final class CSharpTranslator {

    /** The script and, for each placeholder class name, the C# type's full name (in declaration order). */
    record Translation(String script, Map<String, String> fullNames, List<CSharpCompileError> warnings) {
    }

    private CSharpTranslator() {
    }

    static Translation translate(String source, Predicate<TypeName> engineKnows) {
        CSharpLexer lexer = CSharpLexer.of(source);
        List<CSharpToken> tokens = lexer.tokens();
        CSharpDeclarationParser parsed = new CSharpDeclarationParser(tokens).parse();
        List<TypeDecl> decls = parsed.types;
        if (decls.isEmpty()) {
            CSharpToken end = tokens.get(tokens.size() - 1);
            throw new CSharpCompileError(end, "", "The source declares no type");
        }
        checkDuplicates(decls);
        CSharpTypeResolver types = new CSharpTypeResolver(decls, parsed.usings, engineKnows);
        Map<String, String> fullNames = new LinkedHashMap<>();
        Map<TypeDecl, String> placeholders = new HashMap<>();
        for (int i = 0; i < decls.size(); i++) {
            String ph = "AddTypeGenerated" + i + "_" + decls.get(i).name();
            placeholders.put(decls.get(i), ph);
            fullNames.put(ph, decls.get(i).fullName());
        }
        StringBuilder script = new StringBuilder();
        Map<TypeDecl, ClassEmitter> emitters = new HashMap<>();
        for (TypeDecl d : decls) {
            if (d.kind() == Kind.ENUM) {
                script.append(enumText(tokens, types, d, placeholders.get(d)));
            } else {
                script.append(emitter(d, tokens, types, placeholders, emitters, new ArrayList<>()).emit());
            }
        }
        return new Translation(script.toString(), fullNames, lexer.warnings);
    }

    private static void checkDuplicates(List<TypeDecl> decls) {
        for (int i = 0; i < decls.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (decls.get(i).fullName().equals(decls.get(j).fullName())) {
                    TypeDecl d = decls.get(i);
                    String ns = d.namespace().isEmpty() ? "<global namespace>" : d.namespace();
                    throw new CSharpCompileError(d.at(), "CS0101", "The namespace '" + ns + "' already contains a definition for '"
                            + d.name() + "'");
                }
            }
        }
    }

    /** The emitter of a class, its C# base's first (a derived class's code names the base's members). */
    private static ClassEmitter emitter(TypeDecl d, List<CSharpToken> tokens, CSharpTypeResolver types,
                                        Map<TypeDecl, String> placeholders, Map<TypeDecl, ClassEmitter> emitters,
                                        List<TypeDecl> visiting) {
        ClassEmitter existing = emitters.get(d);
        if (existing != null) {
            return existing;
        }
        if (visiting.contains(d)) {
            throw new CSharpCompileError(d.at(), "CS0146", "Circular base type dependency involving '" + d.fullName() + "'");
        }
        visiting.add(d);
        MemberTable baseTable = null;
        String baseClass = null;
        if (!d.bases().isEmpty()) {
            String first = types.resolve(d.bases().get(0), d.namespace());
            TypeDecl base = types.declaration(first);
            if (base != null) {
                if (base.kind() != Kind.CLASS || d.kind() == Kind.STRUCT) {
                    throw new CSharpCompileError(d.bases().get(0).at(), "CS0509", "'" + d.name() + "': cannot derive from '"
                            + base.fullName() + "'");
                }
                baseTable = emitter(base, tokens, types, placeholders, emitters, visiting).table();
                baseClass = first;
            } else if (!looksLikeInterface(first)) {
                baseClass = first;
            }
        }
        ClassEmitter e = new ClassEmitter(tokens, types, d, placeholders.get(d), baseTable, baseClass);
        emitters.put(d, e);
        return e;
    }

    private static boolean looksLikeInterface(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return simple.length() > 1 && simple.charAt(0) == 'I' && Character.isUpperCase(simple.charAt(1));
    }

    private static String enumText(List<CSharpToken> tokens, CSharpTypeResolver types, TypeDecl d, String psName) {
        StringBuilder sb = new StringBuilder();
        if (d.flags()) {
            sb.append("[Flags()] ");
        }
        sb.append("enum ").append(psName);
        if (!d.bases().isEmpty()) {
            sb.append(" : ").append(types.resolve(d.bases().get(0), d.namespace()));
        }
        sb.append(" {\n");
        boolean unsigned = !d.bases().isEmpty() && d.bases().get(0).name().equals("ulong");
        Map<String, Long> values = new HashMap<>();
        long next = 0;
        for (Member m : d.members()) {
            EnumMember em = (EnumMember) m;
            long v = em.value() == null ? next : EnumValues.evaluate(tokens, em.value(), values, d.name());
            values.put(em.name(), v);
            next = v + 1;
            sb.append("    ").append(em.name()).append(" = ").append(unsigned ? Long.toUnsignedString(v) : String.valueOf(v)).append('\n');
        }
        return sb.append("}\n").toString();
    }
}

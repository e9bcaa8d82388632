package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.TypeDefinitionAst;
import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.types.PSType;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The abstract members a class must implement when it names a .NET interface or abstract class as
 * a base, for the ones the engine knows. 5.1 finds a missing one when .NET creates the type
 * (PSType.cs: a TypeLoadException becomes the parse error TypeCreationError, ParserStrings.resx,
 * with .NET's message "Method 'X' in type 'C' from assembly 'A' does not have an implementation.";
 * an abstract property is missing as its accessor {@code get_X}). A method implements one when its
 * name and parameter count match and its return type is the member's.
 */
final class AbstractMembers {

    /** A member to implement: a method (its parameter count and return type, null for void) or a property's getter. */
    private record Member(String name, int parameters, String returns, boolean property) {
        static Member method(String name, int parameters, String returns) {
            return new Member(name, parameters, returns, false);
        }

        static Member property(String name) {
            return new Member(name, 0, null, true);
        }
    }

    private static final Map<String, List<Member>> KNOWN = Map.of(
            "system.icomparable", List.of(Member.method("CompareTo", 1, "System.Int32")),
            "system.idisposable", List.of(Member.method("Dispose", 0, null)),
            "system.icloneable", List.of(Member.method("Clone", 0, "System.Object")),
            "system.iformattable", List.of(Member.method("ToString", 2, "System.String")),
            "system.collections.icomparer", List.of(Member.method("Compare", 2, "System.Int32")),
            "system.collections.iequalitycomparer", List.of(Member.method("Equals", 2, "System.Boolean"),
                    Member.method("GetHashCode", 1, "System.Int32")),
            "system.io.filesysteminfo", List.of(Member.property("Name"), Member.property("Exists"), Member.method("Delete", 0, null)),
            // System.Type has some forty abstract members; these are the first .NET reports.
            "system.type", List.of(Member.property("GUID"), Member.property("Module"), Member.property("Assembly"),
                    Member.property("FullName"), Member.property("Namespace"), Member.property("AssemblyQualifiedName"),
                    Member.property("BaseType"), Member.property("UnderlyingSystemType"), Member.property("Name")));

    private AbstractMembers() {
    }

    static void check(ScriptClass c, Scope scope) {
        for (TypeName n : c.definition().bases()) {
            PSType t = TypeDefiner.inScope(scope, () -> TypeDefiner.interpreter().context().types().resolve(n));
            if (t == null || t.scriptType() != null) {
                continue;
            }
            for (Member m : KNOWN.getOrDefault(t.fullName().toLowerCase(Locale.ROOT), List.of())) {
                if (!implemented(c, m, scope)) {
                    String method = m.property() ? "get_" + m.name() : m.name();
                    throw new PSRuntimeException("System.Management.Automation.ParseException", "Error during creation of type \""
                            + c.definition().name() + "\". Error message:\n" + "Method '" + method + "' in type '"
                            + c.definition().name() + "' from assembly '" + ClassAssembly.NAME
                            + "' does not have an implementation.").withError("TypeCreationError", "ParserError", null);
                }
            }
        }
    }

    private static boolean implemented(ScriptClass c, Member m, Scope scope) {
        for (ScriptClass k = c; k != null; k = k.base()) {
            TypeDefinitionAst.ClassDef d = k.definition();
            if (m.property()) {
                if (d.properties().stream().anyMatch(p -> !p.isStatic() && p.name().equalsIgnoreCase(m.name()))) {
                    return true;
                }
                continue;
            }
            for (TypeDefinitionAst.MethodDef md : d.methods()) {
                if (!md.constructor() && !md.isStatic() && md.name().equalsIgnoreCase(m.name())
                        && md.parameters().size() == m.parameters() && returns(md.returnType(), m.returns(), scope)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean returns(TypeName written, String expected, Scope scope) {
        boolean isVoid = written == null || written.toString().equalsIgnoreCase("void") || written.toString().equalsIgnoreCase("System.Void");
        if (expected == null || isVoid) {
            return expected == null && isVoid;
        }
        PSType t = TypeDefiner.inScope(scope, () -> TypeDefiner.interpreter().context().types().resolve(written));
        return t != null && t.fullName().equalsIgnoreCase(expected);
    }
}

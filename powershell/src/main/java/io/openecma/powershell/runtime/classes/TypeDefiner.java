package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.ast.TypeDefinitionAst;
import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.types.PSType;

import java.util.List;
import java.util.function.Supplier;

/** Defines a statement list's classes and enums in the current scope, all at once so they can name each other. */
public final class TypeDefiner {

    private TypeDefiner() {
    }

    public static void define(Interpreter in, Statement.TypeDefinitions definitions) {
        Scope scope = in.scope();
        // From now on a type name may mean a script's class or enum (the registry stops remembering names).
        in.context().types().scriptTypeDefined();
        for (TypeDefinitionAst def : definitions.types()) {
            PSType existing = scope.findType(def.name());
            if (existing != null && definitionOf(existing) == def) {
                continue; // the same script text runs again (a loop body): the type is built once
            }
            PSType type = def instanceof TypeDefinitionAst.EnumDef e
                    ? new ScriptEnum(e, scope).type()
                    : new ScriptClass((TypeDefinitionAst.ClassDef) def, scope).type();
            scope.defineType(type);
        }
        // Base types and enumerator values are checked when the types are defined (5.1 does it at parse time).
        List<TypeDefinitionAst> types = definitions.types();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) instanceof TypeDefinitionAst.ClassDef c) {
                BaseTypeChecks.check(c, types, i, scope);
                AttributeObjects.construct(c.attributes(), scope);
                if (scope.findType(c.name()).scriptType() instanceof ScriptClass sc) {
                    AbstractMembers.check(sc, scope);
                }
            }
        }
        for (TypeDefinitionAst def : definitions.types()) {
            if (scope.findType(def.name()).scriptType() instanceof ScriptEnum e) {
                e.values();
            }
        }
    }

    private static TypeDefinitionAst definitionOf(PSType type) {
        if (type.scriptType() instanceof ScriptEnum e) {
            return e.definition();
        }
        return type.scriptType() instanceof ScriptClass c ? c.definition() : null;
    }

    static Interpreter interpreter() {
        return ExecutionContext.current().interpreter();
    }

    /** Runs with the interpreter's scope set to a type's defining scope (type names resolve there). */
    static <T> T inScope(Scope scope, Supplier<T> action) {
        Interpreter in = interpreter();
        Scope saved = in.scope();
        in.setScope(scope);
        try {
            return action.get();
        } finally {
            in.setScope(saved);
        }
    }

    static PSType resolve(Scope scope, TypeName name) {
        return inScope(scope, () -> interpreter().resolveType(name));
    }
}

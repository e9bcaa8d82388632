package io.openecma.powershell.runtime;

import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.TypeRegistry;

import java.util.List;

/**
 * How a type name is found beyond the registry (TypeResolver.cs): the classes and enums of the
 * scopes in force, then, when the name is not a type as written, the name under each
 * 'using namespace' namespace in force.
 */
final class ScopedTypeResolver {
    private final Interpreter interp;
    private final TypeRegistry registry;
    /** True while a namespace-qualified candidate is looked up, so that lookup does not recurse here. */
    private boolean qualifying;

    ScopedTypeResolver(Interpreter interp, TypeRegistry registry) {
        this.interp = interp;
        this.registry = registry;
    }

    PSType find(String name) {
        Scope scope = interp.scope();
        PSType t = scope.findType(name);
        if (t != null) {
            String[] candidates = qualifying ? null : scope.typeAmbiguity(name);
            if (candidates != null) {
                // TypeResolver.cs: a short name two 'using module' modules define must be qualified.
                throw new PSRuntimeException("System.Management.Automation.RuntimeException", "Type name '" + name
                        + "' is ambiguous, it could be '" + candidates[0] + "' or '" + candidates[1] + "'.")
                        .withError("AmbiguousTypeReference", "InvalidOperation", name);
            }
            return t;
        }
        t = scope.findQualifiedType(name);
        if (t != null || qualifying) {
            return t;
        }
        List<String> namespaces = scope.visibleNamespaces();
        if (namespaces.isEmpty()) {
            return null;
        }
        qualifying = true;
        try {
            if (registry.lookup(name) != null) {
                return null; // the name as written wins; the registry returns it
            }
            for (String ns : namespaces) {
                PSType q = scope.findType(ns + "." + name);
                if (q == null) {
                    q = registry.lookup(ns + "." + name);
                }
                if (q != null) {
                    return q;
                }
            }
            return null;
        } finally {
            qualifying = false;
        }
    }
}

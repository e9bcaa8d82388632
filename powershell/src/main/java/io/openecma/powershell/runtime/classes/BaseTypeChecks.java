package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.TypeDefinitionAst;
import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.types.PSType;

import java.util.List;
import java.util.Locale;

/**
 * The checks on a class's base types when its statement list's types are defined (PSType.cs,
 * DefineTypeHelper), each a ParseException whose ErrorId is ParserStrings.resx's name:
 * <ul>
 * <li>TypeNotFound: a class of the same statement list written after this one (so two classes
 * cannot derive from each other);</li>
 * <li>SubtypeArray: an array type as base or interface;</li>
 * <li>InterfaceNameExpected: a script class after the first base (only interfaces may follow);</li>
 * <li>BaseClassNoDefaultCtor: a class without constructors whose script base class has
 * constructors, none without parameters.</li>
 * <li>TypeNotFound for a base no type has (a System. or Microsoft. name the engine does not model is
 * kept by name); SubtypeUnclosedGeneric for an open generic
 * ({@code List`1}); SealedBaseClass for the sealed .NET classes and structs listed here.</li>
 * </ul>
 * Not checked here: interfaces left unimplemented and abstract members.
 */
final class BaseTypeChecks {

    /** .NET's sealed classes and structs a script is likely to name as a base (PSType.cs reports SealedBaseClass). */
    private static final java.util.Set<String> SEALED = java.util.Set.of("system.string", "system.int32", "system.int64",
            "system.int16", "system.byte", "system.sbyte", "system.uint16", "system.uint32", "system.uint64", "system.boolean",
            "system.char", "system.double", "system.single", "system.decimal", "system.datetime", "system.timespan",
            "system.guid", "system.datetimeoffset", "system.version", "system.text.stringbuilder",
            "system.management.automation.pscredential", "system.management.automation.switchparameter");

    private BaseTypeChecks() {
    }

    /** {@code types}: the statement list's type definitions in written order; {@code index}: this class's. */
    static void check(TypeDefinitionAst.ClassDef c, List<TypeDefinitionAst> types, int index, Scope scope) {
        for (int i = 0; i < c.bases().size(); i++) {
            TypeName name = c.bases().get(i);
            if (name.isArray()) {
                throw error("SubtypeArray", "Invalid base type '" + name + "'. Base type cannot be an array.");
            }
            if (definedLater(name, types, index)) {
                throw typeNotFound(name);
            }
            if (OpenGeneric.arity(name) > 0) {
                throw error("SubtypeUnclosedGeneric", "Invalid base type '" + name
                        + "'. Base type cannot be a generic with unspecified parameters.");
            }
            PSType t = TypeDefiner.inScope(scope, () -> TypeDefiner.interpreter().context().types().resolve(name));
            if (t == null && (io.openecma.powershell.parser.ParseTimeTypes.isFrameworkName(name.name())
                    || scope.visibleNamespaces().stream().anyMatch(ns -> io.openecma.powershell.parser.ParseTimeTypes.isFrameworkName(ns + ".")))) {
                // The engine models only part of .NET: a framework name it cannot resolve is kept by name.
                continue;
            }
            if (t == null) {
                throw typeNotFound(name);
            }
            if (i == 0 && SEALED.contains(t.fullName().toLowerCase(Locale.ROOT))) {
                throw error("SealedBaseClass", "Cannot inherit from sealed class '" + t.fullName() + "'.");
            }
            if (i > 0 && t.scriptType() instanceof ScriptClass) {
                throw error("InterfaceNameExpected", "'" + name + "': Interface name expected.");
            }
            if (i == 0 && t.scriptType() instanceof ScriptClass base && !hasInstanceConstructor(c)
                    && hasInstanceConstructor(base.definition()) && !hasDefaultConstructor(base.definition())) {
                throw error("BaseClassNoDefaultCtor", "Base class '" + name + "' does not contain a parameterless constructor.");
            }
        }
    }

    private static boolean definedLater(TypeName name, List<TypeDefinitionAst> types, int index) {
        if (name.isGeneric()) {
            return false;
        }
        String n = name.name().toLowerCase(Locale.ROOT);
        for (int j = index; j < types.size(); j++) {
            if (types.get(j).name().toLowerCase(Locale.ROOT).equals(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasInstanceConstructor(TypeDefinitionAst.ClassDef c) {
        return c.methods().stream().anyMatch(m -> m.constructor() && !m.isStatic());
    }

    private static boolean hasDefaultConstructor(TypeDefinitionAst.ClassDef c) {
        return c.methods().stream().anyMatch(m -> m.constructor() && !m.isStatic() && m.parameters().isEmpty());
    }

    private static PSRuntimeException typeNotFound(TypeName name) {
        return error("TypeNotFound", "Unable to find type [" + name + "].");
    }

    private static PSRuntimeException error(String errorId, String message) {
        return new PSRuntimeException("System.Management.Automation.ParseException", message)
                .withError(errorId, "ParserError", null);
    }
}

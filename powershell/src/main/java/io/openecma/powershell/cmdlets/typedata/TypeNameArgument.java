package io.openecma.powershell.cmdlets.typedata;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.TypeRegistry;
import io.openecma.powershell.types.ets.TypeData;

/**
 * ArgumentToTypeNameTransformationAttribute and the type parameters of the type-data cmdlets: a
 * Type gives its full name, a string that names a type (an accelerator too) gives that type's full
 * name and any other string stays as written, a TypeData gives its TypeName.
 */
final class TypeNameArgument {
    private TypeNameArgument() {
    }

    static String typeName(Object value) {
        Object v = LanguagePrimitives.base(value);
        if (v instanceof PSType t) {
            return t.fullName();
        }
        if (v instanceof TypeData d) {
            return d.getTypeName();
        }
        if (v instanceof String s) {
            PSType t = resolve(s);
            return t == null ? s : t.fullName();
        }
        return v == null ? null : TypeRegistry.typeNameOf(v);
    }

    /** A [type] parameter's value; a name that is no type fails as the argument transformation does. */
    static PSType type(CommandContext c, String parameter) {
        Object v = LanguagePrimitives.base(c.parameter(parameter));
        if (v instanceof PSType t) {
            return t;
        }
        String text = LanguagePrimitives.toStringValue(v);
        PSType t = resolve(text);
        if (t == null) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingArgumentTransformationException",
                    "Cannot process argument transformation on parameter '" + parameter + "'. Cannot convert the \"" + text
                            + "\" value of type \"" + TypeRegistry.typeNameOf(v) + "\" to type \"System.Type\".",
                    "ParameterArgumentTransformationError", "InvalidData");
        }
        return t;
    }

    static PSType resolve(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ExecutionContext.current().types().resolve(io.openecma.powershell.parser.TypeNames.parse(name.trim(), null));
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.TypeName;

import java.util.Set;

/**
 * A cmdlet-style ([CmdletBinding()]) function's [bool[]] parameter takes each element as the binder
 * takes a [bool]: Booleans and numbers only (ParameterBinderBase.CoerceTypeAsNeeded, the bool case, for
 * each element of the collection it encodes). A plain function's [bool[]] casts ('a' is $true).
 */
final class StrictBooleanElements {

    private static final Set<String> BOOLEAN_NAMES = Set.of("bool", "boolean", "system.boolean");

    private StrictBooleanElements() {
    }

    static void check(ParameterInfo p, Object value) {
        TypeName t = p.typeName();
        if (t == null || t.arrayRank() != 1 || t.isGeneric()
                || !BOOLEAN_NAMES.contains(t.name().toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        Object b = LanguagePrimitives.base(value);
        if (b == null) {
            return;
        }
        for (Object item : b instanceof String ? java.util.List.of(b) : LanguagePrimitives.toList(b)) {
            Object e = LanguagePrimitives.base(item);
            if (e != null && !(e instanceof Boolean) && !(e instanceof Number) && !(e instanceof SwitchParameter)) {
                throw CommandInvoker.bindingError("Cannot process argument transformation on parameter '" + p.name()
                        + "'. Cannot convert value \"" + io.openecma.powershell.types.TypeRegistry.typeNameOf(e)
                        + "\" to type \"System.Boolean\". Boolean parameters accept only Boolean values and numbers, "
                        + "such as $True, $False, 1 or 0.", "ParameterArgumentTransformationError");
            }
        }
    }
}

package io.openecma.powershell.runtime;

import io.openecma.powershell.types.PSType;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The source text of number arguments during one binding: a [string] parameter given a number
 * token ({@code f 24l}, {@code f 0x10}) gets the text as written, not the number's ToString
 * (Compiler.cs GetCommandArgumentExpression wraps such a number with its TokenText, and
 * LanguagePrimitives.ConvertNumericToString returns that text).
 */
final class NumberArgumentTexts {

    private final Map<Integer, String> byPosition = new HashMap<>();
    private final Map<ParameterInfo, String> byParameter = new IdentityHashMap<>();

    void positional(int index, String text) {
        if (text != null) {
            byPosition.put(index, text);
        }
    }

    void named(ParameterInfo p, String text) {
        if (text != null) {
            byParameter.put(p, text);
        }
    }

    void bindPositional(int index, ParameterInfo p) {
        named(p, byPosition.get(index));
    }

    /** The text for a [string] parameter bound to a number token, else null. */
    String stringFor(ParameterInfo p, Interpreter interp) {
        String text = byParameter.get(p);
        if (text == null || p.typeName() == null || p.isSwitch()) {
            return null;
        }
        PSType type = interp.resolveType(p.typeName());
        return type.fullName().equals("System.String") ? text : null;
    }
}

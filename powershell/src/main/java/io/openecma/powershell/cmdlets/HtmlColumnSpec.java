package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.TypeRegistry;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One -Property entry of ConvertTo-Html: a name (wildcards allowed), a script block, or 5.1's
 * hashtable with the keys Expression, Label, Alignment and Width (each matched by prefix; Label,
 * Alignment and Width are strings: 'Name' as a key and an integer Width are PowerShell 6.2, #8426).
 * Errors are 5.1's ParameterProcessor errors (FormatAndOut_MshParameter texts).
 */
record HtmlColumnSpec(PropertyExpression expression, String label, String alignment, String width) {

    private static final List<String> KEYS = List.of("expression", "label", "alignment", "width");

    static HtmlColumnSpec parse(CommandContext c, Object argument) {
        Object a = LanguagePrimitives.base(argument);
        if (!(a instanceof Map<?, ?> map)) {
            return new HtmlColumnSpec(PropertyExpression.of(a), null, null, null);
        }
        Object[] values = new Object[KEYS.size()];
        String[] given = new String[KEYS.size()];
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(LanguagePrimitives.base(e.getKey()) instanceof String key)) {
                throw error(c, "DictionaryKeyNonString", "The " + e.getKey() + " key type is not valid. The key must be a string.");
            }
            int slot = slot(key);
            if (slot < 0) {
                throw error(c, "DictionaryKeyIllegal", "The " + key + " key is not valid.");
            }
            if (given[slot] != null) {
                throw error(c, "DictionaryKeyDuplicate", "The duplicated key \"" + key + "\" conflicts with \"" + given[slot] + "\".");
            }
            given[slot] = key;
            values[slot] = LanguagePrimitives.base(e.getValue());
        }
        Object expression = values[0];
        if (expression == null) {
            throw error(c, "DictionaryKeyMandatoryEntry", "A mandatory entry for expression is missing.");
        }
        if (!(expression instanceof String) && !(expression instanceof ScriptBlock)) {
            throw error(c, "DictionaryKeyIllegalValue1", "The \"" + given[0] + "\" key has a type, " + TypeRegistry.typeNameOf(expression)
                    + ", that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.");
        }
        return new HtmlColumnSpec(PropertyExpression.of(expression), text(c, values, given, 1), text(c, values, given, 2),
                text(c, values, given, 3));
    }

    /** The same column for one name a wildcard resolved to. */
    HtmlColumnSpec withExpression(PropertyExpression resolved) {
        return new HtmlColumnSpec(resolved, label, alignment, width);
    }

    /** The header text: the label, else the expression as written. */
    String header() {
        return label != null ? label : expression.toString();
    }

    private static int slot(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < KEYS.size(); i++) {
            if (KEYS.get(i).startsWith(k)) {
                return i;
            }
        }
        return -1;
    }

    private static String text(CommandContext c, Object[] values, String[] given, int slot) {
        Object v = values[slot];
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw error(c, "DictionaryKeyIllegalValue2", "The \"" + given[slot] + "\" key has a type, " + TypeRegistry.typeNameOf(v)
                + ", that is not valid; expected type is System.String.");
    }

    private static PSRuntimeException error(CommandContext c, String id, String message) {
        return c.terminatingError("System.NotSupportedException", message, id, "InvalidArgument");
    }
}

package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.Members;

import java.util.Locale;
import java.util.Map;

/**
 * One column of a table or one entry of a list: a property name or a calculated property
 * (@{Name/Label; Expression; Width; Alignment; FormatString}).
 */
record Column(String label, Object expression, int width, String alignment, String formatString) {

    static Column of(CommandContext c, Object spec) {
        Object s = LanguagePrimitives.base(spec);
        if (s instanceof ScriptBlock sb) {
            return new Column(sb.toString().trim(), sb, 0, null, null);
        }
        if (!(s instanceof Map<?, ?> map)) {
            return new Column(LanguagePrimitives.toStringValue(s), LanguagePrimitives.toStringValue(s), 0, null, null);
        }
        String label = null;
        Object expression = null;
        int width = 0;
        String alignment = null;
        String format = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = LanguagePrimitives.toStringValue(e.getKey()).toLowerCase(Locale.ROOT);
            Object v = e.getValue();
            if (!k.isEmpty() && ("name".startsWith(k) || "label".startsWith(k))) {
                label = LanguagePrimitives.toStringValue(v);
            } else if (!k.isEmpty() && "expression".startsWith(k)) {
                expression = LanguagePrimitives.base(v);
            } else if (!k.isEmpty() && "width".startsWith(k)) {
                width = LanguagePrimitives.toNumber(v).intValue();
            } else if (!k.isEmpty() && "alignment".startsWith(k)) {
                alignment = LanguagePrimitives.toStringValue(v);
            } else if (!k.isEmpty() && "formatstring".startsWith(k)) {
                format = LanguagePrimitives.toStringValue(v);
            } else {
                throw c.terminatingError("System.NotSupportedException", "The " + e.getKey() + " key is not valid.",
                        "DictionaryKeyIllegal", "InvalidArgument");
            }
        }
        if (expression == null) {
            throw c.terminatingError("System.NotSupportedException", "The Expression key is missing.",
                    "DictionaryKeyMandatoryEntry", "InvalidArgument");
        }
        if (label == null) {
            label = expression instanceof ScriptBlock sb ? sb.toString().trim() : LanguagePrimitives.toStringValue(expression);
        }
        return new Column(label, expression, width, alignment, format);
    }

    /** The value on an object; null when it has no such property. */
    Object value(CommandContext c, Object item) {
        if (expression instanceof ScriptBlock sb) {
            return LanguagePrimitives.fromPipeline(c.invoke(sb, item));
        }
        Object v = Members.getProperty(item, LanguagePrimitives.toStringValue(expression));
        return v == Members.MISSING ? null : v;
    }

    String text(CommandContext c, Object item) {
        Object v = value(c, item);
        if (formatString != null && v != null) {
            return io.openecma.powershell.dotnet.CompositeFormat.format("{0:" + formatString + "}", java.util.List.of(v),
                    io.openecma.powershell.dotnet.DotNetCulture.EN_US);
        }
        return CellText.of(v);
    }
}

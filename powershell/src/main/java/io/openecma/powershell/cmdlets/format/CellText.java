package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A value as a table cell or list entry shows it: $null is empty, a collection is
 * "{a, b, c, d...}" (the first 4 items, $FormatEnumerationLimit), anything else its ToString().
 */
final class CellText {
    static final int ENUMERATION_LIMIT = 4;

    private CellText() {
    }

    static String of(Object value) {
        Object v = LanguagePrimitives.unwrapNull(value);
        if (v == null) {
            return "";
        }
        Object b = LanguagePrimitives.base(v);
        if (b instanceof Map<?, ?> || b instanceof String || !LanguagePrimitives.isEnumerable(b)) {
            return LanguagePrimitives.toStringValue(v instanceof PSObject p && !p.isCustomObject() ? b : v);
        }
        List<String> parts = new ArrayList<>();
        Iterator<?> it = LanguagePrimitives.iterate(b);
        boolean more = false;
        while (it.hasNext()) {
            Object item = it.next();
            if (parts.size() == ENUMERATION_LIMIT) {
                more = true;
                break;
            }
            parts.add(item == null ? "" : LanguagePrimitives.toStringValue(item));
        }
        return "{" + String.join(", ", parts) + (more ? "..." : "") + "}";
    }

    /** Whether a column of this value is right-aligned: 5.1's DefaultScalarTypes other than String (numbers, Char, Boolean). */
    static boolean rightAligned(Object value) {
        Object b = LanguagePrimitives.base(value);
        return b instanceof Number || b instanceof Boolean || b instanceof Character
                || b instanceof io.openecma.powershell.runtime.PSCredential.SecureString;
    }
}

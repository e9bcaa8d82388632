package io.openecma.powershell.pester;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.PSType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Values as Pester 4's failure messages show them ({@code 'text'}, {@code $null}, {@code @(1, 2)}, {@code [type]}). */
final class Nicely {

    private Nicely() {
    }

    static String format(Object value) {
        Object v = LanguagePrimitives.unwrapNull(LanguagePrimitives.base(value));
        if (v == null) {
            return "$null";
        }
        if (v instanceof Boolean b) {
            return b ? "$true" : "$false";
        }
        if (v instanceof String || v instanceof Character) {
            return "'" + v + "'";
        }
        if (v instanceof PSType t) {
            return "[" + t.fullName() + "]";
        }
        if (v instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, x) -> entries.add(LanguagePrimitives.toStringValue(k) + "=" + format(x)));
            return "@{" + String.join("; ", entries) + "}";
        }
        if (LanguagePrimitives.isEnumerable(v)) {
            List<String> items = new ArrayList<>();
            LanguagePrimitives.toList(v).forEach(x -> items.add(format(x)));
            return "@(" + String.join(", ", items) + ")";
        }
        return LanguagePrimitives.toStringValue(v);
    }

    /** Pester 4's " because X," insert (empty without a reason). */
    static String because(String because) {
        if (because == null || because.isBlank()) {
            return "";
        }
        return " because " + because.trim().replaceFirst("^because\\s", "") + ",";
    }
}

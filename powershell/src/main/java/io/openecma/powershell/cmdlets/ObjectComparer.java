package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

/**
 * How Sort-, Group-, Compare- and Measure-Object order values (5.1's ObjectCommandComparer): two
 * nulls are equal; comparable values compare as the language does; anything else compares as its
 * string, ignoring case unless asked.
 */
final class ObjectComparer {
    private ObjectComparer() {
    }

    static int compare(Object a, Object b, boolean caseSensitive) {
        Object x = LanguagePrimitives.base(a);
        Object y = LanguagePrimitives.base(b);
        if (x == null && y == null) {
            return 0;
        }
        // LanguagePrimitives.Compare puts $null where 0 is among numbers (Sort-Object.Tests.ps1, "object array").
        if (x == null && y instanceof Number) {
            x = 0;
        } else if (y == null && x instanceof Number) {
            y = 0;
        }
        try {
            return LanguagePrimitives.compare(x, y, caseSensitive);
        } catch (PSRuntimeException | ClassCastException e) {
            String xs = x == null ? "" : LanguagePrimitives.toStringValue(x);
            String ys = y == null ? "" : LanguagePrimitives.toStringValue(y);
            int r = xs.compareToIgnoreCase(ys);
            return r != 0 || !caseSensitive ? r : -xs.compareTo(ys);
        }
    }

    /** Equality as Group-Object and Compare-Object see it. */
    static boolean same(Object a, Object b, boolean caseSensitive) {
        return compare(a, b, caseSensitive) == 0;
    }
}

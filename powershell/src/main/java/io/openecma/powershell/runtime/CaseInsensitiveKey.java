package io.openecma.powershell.runtime;

import java.util.Locale;

/** Key wrapper giving strings PowerShell's case-insensitive (invariant culture) equality. */
record CaseInsensitiveKey(String folded) {

    static Object of(Object key) {
        if (key instanceof String s) {
            return new CaseInsensitiveKey(FoldedNames.fold(s));
        }
        if (key instanceof Character c) {
            return new CaseInsensitiveKey(String.valueOf(c).toLowerCase(Locale.ROOT));
        }
        return key;
    }
}

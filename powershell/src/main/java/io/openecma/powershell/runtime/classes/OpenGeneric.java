package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.TypeName;

/** A generic type written without its arguments, by its arity: {@code List`1}. */
final class OpenGeneric {

    private OpenGeneric() {
    }

    /** The arity after the backtick of an open generic name, or 0 when the name is no open generic. */
    static int arity(TypeName name) {
        if (name.isGeneric() || name.isArray()) {
            return 0;
        }
        String n = name.name();
        int tick = n.lastIndexOf('`');
        if (tick < 0 || tick == n.length() - 1) {
            return 0;
        }
        for (int i = tick + 1; i < n.length(); i++) {
            if (!Character.isDigit(n.charAt(i))) {
                return 0;
            }
        }
        return Integer.parseInt(n.substring(tick + 1));
    }

    /** The generic type with [object] for each argument: a way to ask whether the open generic exists. */
    static TypeName closedWithObject(TypeName name) {
        int n = arity(name);
        String base = name.name().substring(0, name.name().lastIndexOf('`'));
        return new TypeName(base, java.util.Collections.nCopies(n, TypeName.simple("System.Object")), 0);
    }
}

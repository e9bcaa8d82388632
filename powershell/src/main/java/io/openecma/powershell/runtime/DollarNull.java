package io.openecma.powershell.runtime;

/**
 * {@code $null} is one constant, AllScope variable whose setter ignores the value (PowerShell's
 * NullVariable, engine/ShellVariable.cs): {@code $null = expr} discards expr in every scope and
 * never makes a local variable named null.
 */
final class DollarNull {

    private DollarNull() {
    }

    /** True when an assignment to this variable is to be dropped. */
    static boolean discards(String scopeName, String name) {
        return "null".equalsIgnoreCase(name) && !"env".equalsIgnoreCase(scopeName);
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ScriptBlock;

/** Instance members of script blocks (Invoke is handled by the interpreter). */
public final class ScriptBlockMembers {
    private ScriptBlockMembers() {
    }

    public static String ToString(ScriptBlock b) {
        return b.toString();
    }
}

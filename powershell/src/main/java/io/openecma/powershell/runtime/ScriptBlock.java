package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.ScriptBlockBody;

/**
 * A script block value ({@code { ... }}). It is not a closure: variables resolve dynamically in
 * the scope it runs in, as in PowerShell. It remembers the module whose session state it belongs to.
 */
public final class ScriptBlock {

    private final ScriptBlockBody body;
    private final Object module;
    private final Scope closure;

    public ScriptBlock(ScriptBlockBody body, Object module) {
        this(body, module, null);
    }

    ScriptBlock(ScriptBlockBody body, Object module, Scope closure) {
        this.body = body;
        this.module = module;
        this.closure = closure;
    }

    /** The variables captured by GetNewClosure(), or null. */
    Scope closure() {
        return closure;
    }

    public ScriptBlockBody body() {
        return body;
    }

    /** The module session state this block was created in (null for the global session state). */
    public Object module() {
        return module;
    }

    @Override
    public String toString() {
        return body.text();
    }
}

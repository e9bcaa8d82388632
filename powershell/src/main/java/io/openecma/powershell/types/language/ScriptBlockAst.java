package io.openecma.powershell.types.language;

import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ScriptBlock;

/**
 * What ParseInput returns: the parsed script's extent and {@code GetScriptBlock()}. The engine's
 * own AST is not exposed as PowerShell's Ast classes (no EndBlock, FindAll, ...).
 */
public final class ScriptBlockAst {

    private final ScriptBlockBody body;
    private final ScriptExtent extent;
    private final ParseError firstError;

    ScriptBlockAst(ScriptBlockBody body, ScriptExtent extent, ParseError firstError) {
        this.body = body;
        this.extent = extent;
        this.firstError = firstError;
    }

    public ScriptExtent getExtent() {
        return extent;
    }

    /** As in PowerShell, an AST with parse errors cannot become a script block. */
    public ScriptBlock GetScriptBlock() {
        if (firstError != null) {
            throw new PSRuntimeException("System.Management.Automation.ParseException", firstError.getMessage());
        }
        return new ScriptBlock(body, null);
    }

    @Override
    public String toString() {
        return extent.getText();
    }
}

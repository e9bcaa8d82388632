package io.openecma.powershell.types.facades;

import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ScriptBlock;

/** Statics of [scriptblock]: {@code Create(text)} parses the text into an unbound script block. */
public final class ScriptBlockStatics {
    private ScriptBlockStatics() {
    }

    /** A syntax error surfaces as a ParseException (wrapped by the method call, as in 5.1). */
    public static ScriptBlock Create(String script) {
        try {
            return new ScriptBlock(Parser.parseScript(null, script == null ? "" : script), null);
        } catch (ParseException e) {
            throw new PSRuntimeException("System.Management.Automation.ParseException", e.getMessage());
        }
    }
}

package io.openecma.powershell.types.facades;

import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ScriptBlock;

/** Statics of [scriptblock]: {@code Create(string)} parses text into an unbound script block. */
public final class ScriptBlockStatics {
    private ScriptBlockStatics() {
    }

    public static ScriptBlock Create(String script) {
        try {
            return new ScriptBlock(Parser.parseScript("", script == null ? "" : script), null);
        } catch (ParseException e) {
            // 5.1: MethodInvocationException around a ParseException ("At line:1 char:N" + the parser's text).
            // Its ErrorRecord's FullyQualifiedErrorId is the first error's ErrorId (ParseException.cs).
            PSRuntimeException parse = new PSRuntimeException("System.Management.Automation.ParseException",
                    "At line:" + e.position().line() + " char:" + e.position().column() + "\r\n" + e.getMessage());
            parse.withError(e.errorId(), "ParserError", null);
            new ErrorRecord(parse, e.errorId(), "ParserError", null, null);
            throw parse;
        }
    }
}

package io.openecma.powershell.types.language;

import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.PSReference;

/**
 * [System.Management.Automation.Language.Parser]: {@code ParseInput(script, [ref]$tokens, [ref]$errors)}.
 * The engine stops at the first error, so {@code $errors} holds at most one ParseError (5.1
 * recovers and lists them all); {@code $tokens} is left as it was (no token list is produced).
 */
public final class LanguageParser {

    private LanguageParser() {
    }

    public static ScriptBlockAst ParseInput(String input, Object tokens, Object errors) {
        String text = input == null ? "" : input;
        ScriptExtent whole = ScriptExtent.of(text, null);
        try {
            ScriptBlockBody body = Parser.parseScript(null, text);
            PSReference.set(errors, new ParseError[0]);
            return new ScriptBlockAst(body, whole, null);
        } catch (ParseException e) {
            ParseError error = new ParseError(e, text);
            PSReference.set(errors, new ParseError[] {error});
            return new ScriptBlockAst(null, whole, error);
        }
    }
}

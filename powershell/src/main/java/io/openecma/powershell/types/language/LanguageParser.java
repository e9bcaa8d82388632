package io.openecma.powershell.types.language;

import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.PSReference;

/**
 * [System.Management.Automation.Language.Parser]: {@code ParseInput(script, [ref]$tokens, [ref]$errors)}.
 * {@code $errors} lists every error the parser recovered past, as 5.1's does; {@code $tokens} is
 * left as it was (no token list is produced).
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
            ParseError[] all = e.errors().stream().map(one -> new ParseError(one, text)).toArray(ParseError[]::new);
            PSReference.set(errors, all);
            return new ScriptBlockAst(null, whole, all[0]);
        }
    }
}

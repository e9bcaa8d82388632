package io.openecma.powershell.types.language;

import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.PSReference;
import io.openecma.powershell.types.language.ast.AstParser;
import io.openecma.powershell.types.language.ast.PsToken;
import io.openecma.powershell.types.language.ast.ScriptBlockAst;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * [System.Management.Automation.Language.Parser]: {@code ParseInput(script, [ref]$tokens, [ref]$errors)}
 * and {@code ParseFile(path, ...)}. The tree is PowerShell's public AST built by the recovering
 * {@link AstParser}; {@code $errors} lists every error the engine's parser reports (with 5.1's
 * ErrorIds); {@code $tokens} lists the tokens the tree was built from ({@link PsToken}).
 */
public final class LanguageParser {

    private LanguageParser() {
    }

    public static ScriptBlockAst ParseInput(String input, Object tokens, Object errors) {
        return parse(input == null ? "" : input, null, tokens, errors);
    }

    public static ScriptBlockAst ParseInput(String input, String fileName, Object tokens, Object errors) {
        return parse(input == null ? "" : input, fileName, tokens, errors);
    }

    public static ScriptBlockAst ParseFile(String fileName, Object tokens, Object errors) {
        try {
            return parse(Files.readString(Path.of(fileName)), fileName, tokens, errors);
        } catch (java.io.IOException e) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.IO.FileNotFoundException",
                    "Could not find file '" + fileName + "'.");
        }
    }

    private static ScriptBlockAst parse(String text, String file, Object tokens, Object errors) {
        java.util.List<PsToken> tokenList = new java.util.ArrayList<>();
        ScriptBlockAst ast = AstParser.parse(text, tokenList);
        PSReference.set(tokens, tokenList.toArray(PsToken[]::new));
        try {
            Parser.parseScript(file, text);
            PSReference.set(errors, new ParseError[0]);
        } catch (ParseException e) {
            PSReference.set(errors, e.errors().stream().map(one -> new ParseError(one, text)).toArray(ParseError[]::new));
            ast.markHadErrors();
        }
        return ast;
    }
}

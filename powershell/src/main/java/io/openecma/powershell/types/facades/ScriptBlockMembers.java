package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ScriptBlock;

/** Instance members of script blocks (Invoke is handled by the interpreter). */
public final class ScriptBlockMembers {
    private ScriptBlockMembers() {
    }

    /** ScriptBlock.Ast: the block's text as PowerShell's public AST (a fresh tree each time). */
    public static io.openecma.powershell.types.language.ast.ScriptBlockAst getAst(ScriptBlock b) {
        String text = b.body().text();
        return io.openecma.powershell.types.language.ast.AstParser.parse(text == null ? "" : text);
    }

    /** ScriptBlock.CheckRestrictedLanguage(allowedCommands, allowedVariables, allowEnvironmentVariables). */
    public static void CheckRestrictedLanguage(ScriptBlock b, Object allowedCommands, Object allowedVariables,
                                               boolean allowEnvironmentVariables) {
        io.openecma.powershell.types.language.ast.RestrictedLanguageChecker.check(getAst(b), allowedCommands, allowedVariables,
                allowEnvironmentVariables);
    }

    public static String ToString(ScriptBlock b) {
        return b.toString();
    }
}

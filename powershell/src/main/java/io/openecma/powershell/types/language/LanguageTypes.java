package io.openecma.powershell.types.language;

import io.openecma.powershell.types.TypeRegistry;

/** Registers the System.Management.Automation.Language types scripts use to parse text. */
public final class LanguageTypes {

    private LanguageTypes() {
    }

    public static void registerIn(TypeRegistry registry) {
        registry.register("System.Management.Automation.Language.Parser", LanguageParser.class);
        registry.register("System.Management.Automation.Language.ParseError", ParseError.class);
        registry.register("System.Management.Automation.PSParser", PSParser.class);
        registry.register("System.Management.Automation.PSToken", PSToken.class);
        registry.register("System.Management.Automation.PSTokenType", PSTokenType.class);
        registry.register("System.Management.Automation.PSParseError", PSParseError.class);
        io.openecma.powershell.types.language.ast.AstTypes.registerIn(registry);
        registry.register("System.Management.Automation.Language.Token", io.openecma.powershell.types.language.ast.PsToken.class);
        registry.register("System.Management.Automation.Language.TokenFlags", io.openecma.powershell.types.language.ast.PsTokenFlags.class);
        registry.register("System.Management.Automation.Language.IScriptExtent", ScriptExtent.class);
        registry.register("System.Management.Automation.Language.IScriptPosition", ScriptPosition.class);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.TypeRegistry;

/** Registers PowerShell's public AST classes (System.Management.Automation.Language.*Ast). */
public final class AstTypes {

    private AstTypes() {
    }

    public static void registerIn(TypeRegistry registry) {
        registry.register("System.Management.Automation.Language.TokenKind", PsTokenKind.class);
        registry.register("System.Management.Automation.Language.TypeName", AstTypeName.class);
        registry.register("System.Tuple`2", AstTuple.class);
        // ErrorStatementAst.Flags is a Dictionary[string,Tuple[Token,Ast]] in PowerShell; a name of its own
        // here keeps [Dictionary`2] the open generic type.
        registry.register("System.Management.Automation.Language.ErrorStatementAst+Flags", AstFlags.class);
        registry.register("System.Management.Automation.Language.ArrayExpressionAst", ArrayExpressionAst.class);
        registry.register("System.Management.Automation.Language.ArrayLiteralAst", ArrayLiteralAst.class);
        registry.register("System.Management.Automation.Language.AssignmentStatementAst", AssignmentStatementAst.class);
        registry.register("System.Management.Automation.Language.Ast", Ast.class);
        registry.register("System.Management.Automation.Language.AttributeAst", AttributeAst.class);
        registry.register("System.Management.Automation.Language.AttributeBaseAst", AttributeBaseAst.class);
        registry.register("System.Management.Automation.Language.AttributedExpressionAst", AttributedExpressionAst.class);
        registry.register("System.Management.Automation.Language.BinaryExpressionAst", BinaryExpressionAst.class);
        registry.register("System.Management.Automation.Language.BreakStatementAst", BreakStatementAst.class);
        registry.register("System.Management.Automation.Language.CatchClauseAst", CatchClauseAst.class);
        registry.register("System.Management.Automation.Language.CommandAst", CommandAst.class);
        registry.register("System.Management.Automation.Language.CommandBaseAst", CommandBaseAst.class);
        registry.register("System.Management.Automation.Language.CommandElementAst", CommandElementAst.class);
        registry.register("System.Management.Automation.Language.CommandExpressionAst", CommandExpressionAst.class);
        registry.register("System.Management.Automation.Language.CommandParameterAst", CommandParameterAst.class);
        registry.register("System.Management.Automation.Language.ConstantExpressionAst", ConstantExpressionAst.class);
        registry.register("System.Management.Automation.Language.ContinueStatementAst", ContinueStatementAst.class);
        registry.register("System.Management.Automation.Language.ConvertExpressionAst", ConvertExpressionAst.class);
        registry.register("System.Management.Automation.Language.DataStatementAst", DataStatementAst.class);
        registry.register("System.Management.Automation.Language.DoUntilStatementAst", DoUntilStatementAst.class);
        registry.register("System.Management.Automation.Language.DoWhileStatementAst", DoWhileStatementAst.class);
        registry.register("System.Management.Automation.Language.ErrorExpressionAst", ErrorExpressionAst.class);
        registry.register("System.Management.Automation.Language.ErrorStatementAst", ErrorStatementAst.class);
        registry.register("System.Management.Automation.Language.ExitStatementAst", ExitStatementAst.class);
        registry.register("System.Management.Automation.Language.ExpandableStringExpressionAst", ExpandableStringExpressionAst.class);
        registry.register("System.Management.Automation.Language.ExpressionAst", ExpressionAst.class);
        registry.register("System.Management.Automation.Language.FileRedirectionAst", FileRedirectionAst.class);
        registry.register("System.Management.Automation.Language.ForEachStatementAst", ForEachStatementAst.class);
        registry.register("System.Management.Automation.Language.ForStatementAst", ForStatementAst.class);
        registry.register("System.Management.Automation.Language.FunctionDefinitionAst", FunctionDefinitionAst.class);
        registry.register("System.Management.Automation.Language.HashtableAst", HashtableAst.class);
        registry.register("System.Management.Automation.Language.IfStatementAst", IfStatementAst.class);
        registry.register("System.Management.Automation.Language.IndexExpressionAst", IndexExpressionAst.class);
        registry.register("System.Management.Automation.Language.InvokeMemberExpressionAst", InvokeMemberExpressionAst.class);
        registry.register("System.Management.Automation.Language.LabeledStatementAst", LabeledStatementAst.class);
        registry.register("System.Management.Automation.Language.LoopStatementAst", LoopStatementAst.class);
        registry.register("System.Management.Automation.Language.MemberExpressionAst", MemberExpressionAst.class);
        registry.register("System.Management.Automation.Language.MergingRedirectionAst", MergingRedirectionAst.class);
        registry.register("System.Management.Automation.Language.NamedAttributeArgumentAst", NamedAttributeArgumentAst.class);
        registry.register("System.Management.Automation.Language.NamedBlockAst", NamedBlockAst.class);
        registry.register("System.Management.Automation.Language.ParamBlockAst", ParamBlockAst.class);
        registry.register("System.Management.Automation.Language.ParameterAst", ParameterAst.class);
        registry.register("System.Management.Automation.Language.ParenExpressionAst", ParenExpressionAst.class);
        registry.register("System.Management.Automation.Language.PipelineAst", PipelineAst.class);
        registry.register("System.Management.Automation.Language.PipelineBaseAst", PipelineBaseAst.class);
        registry.register("System.Management.Automation.Language.RedirectionAst", RedirectionAst.class);
        registry.register("System.Management.Automation.Language.ReturnStatementAst", ReturnStatementAst.class);
        registry.register("System.Management.Automation.Language.ScriptBlockAst", ScriptBlockAst.class);
        registry.register("System.Management.Automation.Language.ScriptBlockExpressionAst", ScriptBlockExpressionAst.class);
        registry.register("System.Management.Automation.Language.StatementAst", StatementAst.class);
        registry.register("System.Management.Automation.Language.StatementBlockAst", StatementBlockAst.class);
        registry.register("System.Management.Automation.Language.StringConstantExpressionAst", StringConstantExpressionAst.class);
        registry.register("System.Management.Automation.Language.SubExpressionAst", SubExpressionAst.class);
        registry.register("System.Management.Automation.Language.SwitchStatementAst", SwitchStatementAst.class);
        registry.register("System.Management.Automation.Language.TernaryExpressionAst", TernaryExpressionAst.class);
        registry.register("System.Management.Automation.Language.ThrowStatementAst", ThrowStatementAst.class);
        registry.register("System.Management.Automation.Language.TrapStatementAst", TrapStatementAst.class);
        registry.register("System.Management.Automation.Language.TryStatementAst", TryStatementAst.class);
        registry.register("System.Management.Automation.Language.TypeConstraintAst", TypeConstraintAst.class);
        registry.register("System.Management.Automation.Language.TypeExpressionAst", TypeExpressionAst.class);
        registry.register("System.Management.Automation.Language.UnaryExpressionAst", UnaryExpressionAst.class);
        registry.register("System.Management.Automation.Language.UsingExpressionAst", UsingExpressionAst.class);
        registry.register("System.Management.Automation.Language.VariableExpressionAst", VariableExpressionAst.class);
        registry.register("System.Management.Automation.Language.WhileStatementAst", WhileStatementAst.class);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.CommandExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class CommandExpressionAst extends CommandBaseAst {
    private final ExpressionAst expression;
    private final List<Ast> redirections;

    public CommandExpressionAst(ScriptExtent extent, ExpressionAst expression, List<Ast> redirections) {
        super(extent);
        this.expression = adopt(expression);
        this.redirections = adopt(redirections);
    }

    public ExpressionAst getExpression() {
        return expression;
    }

    public List<Ast> getRedirections() {
        return redirections;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, expression);
        add(into, redirections);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.UsingExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class UsingExpressionAst extends ExpressionAst {
    private final ExpressionAst subExpression;

    public UsingExpressionAst(ScriptExtent extent, ExpressionAst subExpression) {
        super(extent);
        this.subExpression = adopt(subExpression);
    }

    public ExpressionAst getSubExpression() {
        return subExpression;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, subExpression);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ArrayExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ArrayExpressionAst extends ExpressionAst {
    private final StatementBlockAst subExpression;

    public ArrayExpressionAst(ScriptExtent extent, StatementBlockAst subExpression) {
        super(extent);
        this.subExpression = adopt(subExpression);
    }

    public StatementBlockAst getSubExpression() {
        return subExpression;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, subExpression);
    }
}

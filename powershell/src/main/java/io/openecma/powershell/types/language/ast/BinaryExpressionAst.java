package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.BinaryExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class BinaryExpressionAst extends ExpressionAst {
    private final ExpressionAst left;
    private final Object operator;
    private final ExpressionAst right;
    private final ScriptExtent errorPosition;

    public BinaryExpressionAst(ScriptExtent extent, ExpressionAst left, Object operator, ExpressionAst right, ScriptExtent errorPosition) {
        super(extent);
        this.left = adopt(left);
        this.operator = operator;
        this.right = adopt(right);
        this.errorPosition = errorPosition;
    }

    public ExpressionAst getLeft() {
        return left;
    }

    public Object getOperator() {
        return operator;
    }

    public ExpressionAst getRight() {
        return right;
    }

    public ScriptExtent getErrorPosition() {
        return errorPosition;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, left);
        add(into, right);
    }
}

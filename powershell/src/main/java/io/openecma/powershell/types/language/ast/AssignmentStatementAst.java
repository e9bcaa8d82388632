package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.AssignmentStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class AssignmentStatementAst extends PipelineBaseAst {
    private final ExpressionAst left;
    private final Object operator;
    private final StatementAst right;
    private final ScriptExtent errorPosition;

    public AssignmentStatementAst(ScriptExtent extent, ExpressionAst left, Object operator, StatementAst right, ScriptExtent errorPosition) {
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

    public StatementAst getRight() {
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

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.TernaryExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class TernaryExpressionAst extends ExpressionAst {
    private final ExpressionAst condition;
    private final ExpressionAst ifTrue;
    private final ExpressionAst ifFalse;

    public TernaryExpressionAst(ScriptExtent extent, ExpressionAst condition, ExpressionAst ifTrue, ExpressionAst ifFalse) {
        super(extent);
        this.condition = adopt(condition);
        this.ifTrue = adopt(ifTrue);
        this.ifFalse = adopt(ifFalse);
    }

    public ExpressionAst getCondition() {
        return condition;
    }

    public ExpressionAst getIfTrue() {
        return ifTrue;
    }

    public ExpressionAst getIfFalse() {
        return ifFalse;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, condition);
        add(into, ifTrue);
        add(into, ifFalse);
    }
}

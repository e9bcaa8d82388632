package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.UnaryExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class UnaryExpressionAst extends ExpressionAst {
    private final Object tokenKind;
    private final ExpressionAst child;

    public UnaryExpressionAst(ScriptExtent extent, Object tokenKind, ExpressionAst child) {
        super(extent);
        this.tokenKind = tokenKind;
        this.child = adopt(child);
    }

    public Object getTokenKind() {
        return tokenKind;
    }

    public ExpressionAst getChild() {
        return child;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, child);
    }
}

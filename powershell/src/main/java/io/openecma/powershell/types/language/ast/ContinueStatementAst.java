package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ContinueStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ContinueStatementAst extends StatementAst {
    private final ExpressionAst label;

    public ContinueStatementAst(ScriptExtent extent, ExpressionAst label) {
        super(extent);
        this.label = adopt(label);
    }

    public ExpressionAst getLabel() {
        return label;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, label);
    }
}

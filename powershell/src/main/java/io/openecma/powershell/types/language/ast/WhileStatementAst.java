package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.WhileStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class WhileStatementAst extends LoopStatementAst {
    public WhileStatementAst(ScriptExtent extent, String label, PipelineBaseAst condition, StatementBlockAst body) {
        super(extent, label, condition, body);
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, getCondition());
        add(into, getBody());
    }
}

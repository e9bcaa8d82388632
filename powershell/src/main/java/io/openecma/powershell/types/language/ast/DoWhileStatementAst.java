package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.DoWhileStatementAst (ast.cs): the body runs first, then the condition. */
public class DoWhileStatementAst extends LoopStatementAst {
    public DoWhileStatementAst(ScriptExtent extent, String label, StatementBlockAst body, PipelineBaseAst condition) {
        super(extent, label, condition, body);
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, getBody());
        add(into, getCondition());
    }
}

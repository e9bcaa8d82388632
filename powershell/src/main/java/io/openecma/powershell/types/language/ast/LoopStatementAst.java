package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;

/** System.Management.Automation.Language.LoopStatementAst (ast.cs): a labeled statement with a body. */
public abstract class LoopStatementAst extends LabeledStatementAst {
    private final StatementBlockAst body;

    protected LoopStatementAst(ScriptExtent extent, String label, PipelineBaseAst condition, StatementBlockAst body) {
        super(extent, label, condition);
        this.body = adopt(body);
    }

    public StatementBlockAst getBody() {
        return body;
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;

/**
 * System.Management.Automation.Language.LabeledStatementAst (ast.cs): a statement that a label can
 * name, with its condition (loops and switch).
 */
public abstract class LabeledStatementAst extends StatementAst {
    private final String label;
    private final PipelineBaseAst condition;

    protected LabeledStatementAst(ScriptExtent extent, String label, PipelineBaseAst condition) {
        super(extent);
        this.label = label;
        this.condition = adopt(condition);
    }

    public String getLabel() {
        return label;
    }

    public PipelineBaseAst getCondition() {
        return condition;
    }
}

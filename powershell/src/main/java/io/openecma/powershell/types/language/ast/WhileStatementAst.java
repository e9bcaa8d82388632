package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.WhileStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class WhileStatementAst extends StatementAst {
    private final String label;
    private final PipelineBaseAst condition;
    private final StatementBlockAst body;

    public WhileStatementAst(ScriptExtent extent, String label, PipelineBaseAst condition, StatementBlockAst body) {
        super(extent);
        this.label = label;
        this.condition = adopt(condition);
        this.body = adopt(body);
    }

    public String getLabel() {
        return label;
    }

    public PipelineBaseAst getCondition() {
        return condition;
    }

    public StatementBlockAst getBody() {
        return body;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, condition);
        add(into, body);
    }
}

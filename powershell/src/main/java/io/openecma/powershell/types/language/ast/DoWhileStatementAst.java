package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.DoWhileStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class DoWhileStatementAst extends StatementAst {
    private final String label;
    private final StatementBlockAst body;
    private final PipelineBaseAst condition;

    public DoWhileStatementAst(ScriptExtent extent, String label, StatementBlockAst body, PipelineBaseAst condition) {
        super(extent);
        this.label = label;
        this.body = adopt(body);
        this.condition = adopt(condition);
    }

    public String getLabel() {
        return label;
    }

    public StatementBlockAst getBody() {
        return body;
    }

    public PipelineBaseAst getCondition() {
        return condition;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, body);
        add(into, condition);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ForStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ForStatementAst extends StatementAst {
    private final String label;
    private final PipelineBaseAst initializer;
    private final PipelineBaseAst condition;
    private final PipelineBaseAst iterator;
    private final StatementBlockAst body;

    public ForStatementAst(ScriptExtent extent, String label, PipelineBaseAst initializer, PipelineBaseAst condition, PipelineBaseAst iterator, StatementBlockAst body) {
        super(extent);
        this.label = label;
        this.initializer = adopt(initializer);
        this.condition = adopt(condition);
        this.iterator = adopt(iterator);
        this.body = adopt(body);
    }

    public String getLabel() {
        return label;
    }

    public PipelineBaseAst getInitializer() {
        return initializer;
    }

    public PipelineBaseAst getCondition() {
        return condition;
    }

    public PipelineBaseAst getIterator() {
        return iterator;
    }

    public StatementBlockAst getBody() {
        return body;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, initializer);
        add(into, condition);
        add(into, iterator);
        add(into, body);
    }
}

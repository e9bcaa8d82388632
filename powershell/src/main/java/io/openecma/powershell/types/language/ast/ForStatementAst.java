package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ForStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ForStatementAst extends LoopStatementAst {
    private final PipelineBaseAst initializer;
    private final PipelineBaseAst iterator;

    public ForStatementAst(ScriptExtent extent, String label, PipelineBaseAst initializer, PipelineBaseAst condition, PipelineBaseAst iterator, StatementBlockAst body) {
        super(extent, label, condition, body);
        this.initializer = adopt(initializer);
        this.iterator = adopt(iterator);
    }

    public PipelineBaseAst getInitializer() {
        return initializer;
    }

    public PipelineBaseAst getIterator() {
        return iterator;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, initializer);
        add(into, getCondition());
        add(into, iterator);
        add(into, getBody());
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.SwitchStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class SwitchStatementAst extends StatementAst {
    private final String label;
    private final Object flags;
    private final PipelineBaseAst condition;
    private final List clauses;
    private final List<Ast> clauseAsts;
    private final StatementBlockAst defaultBlock;

    public SwitchStatementAst(ScriptExtent extent, String label, Object flags, PipelineBaseAst condition, List clauses, List<Ast> clauseAsts, StatementBlockAst defaultBlock) {
        super(extent);
        this.label = label;
        this.flags = flags;
        this.condition = adopt(condition);
        this.clauses = clauses;
        this.clauseAsts = adopt(clauseAsts);
        this.defaultBlock = adopt(defaultBlock);
    }

    public String getLabel() {
        return label;
    }

    public Object getFlags() {
        return flags;
    }

    public PipelineBaseAst getCondition() {
        return condition;
    }

    public List getClauses() {
        return clauses;
    }

    public StatementBlockAst getDefault() {
        return defaultBlock;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, condition);
        add(into, clauseAsts);
        add(into, defaultBlock);
    }
}

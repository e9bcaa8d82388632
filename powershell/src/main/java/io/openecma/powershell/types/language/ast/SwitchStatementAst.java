package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.SwitchStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class SwitchStatementAst extends LabeledStatementAst {
    private final Object flags;
    private final List clauses;
    private final List<Ast> clauseAsts;
    private final StatementBlockAst defaultBlock;

    public SwitchStatementAst(ScriptExtent extent, String label, Object flags, PipelineBaseAst condition, List clauses, List<Ast> clauseAsts, StatementBlockAst defaultBlock) {
        super(extent, label, condition);
        this.flags = flags;
        this.clauses = clauses;
        this.clauseAsts = adopt(clauseAsts);
        this.defaultBlock = adopt(defaultBlock);
    }

    public Object getFlags() {
        return flags;
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
        add(into, getCondition());
        add(into, clauseAsts);
        add(into, defaultBlock);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.IfStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class IfStatementAst extends StatementAst {
    private final List clauses;
    private final List<Ast> conditions;
    private final StatementBlockAst elseClause;

    public IfStatementAst(ScriptExtent extent, List clauses, List<Ast> conditions, StatementBlockAst elseClause) {
        super(extent);
        this.clauses = clauses;
        this.conditions = adopt(conditions);
        this.elseClause = adopt(elseClause);
    }

    public List getClauses() {
        return clauses;
    }

    public StatementBlockAst getElseClause() {
        return elseClause;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, conditions);
        add(into, elseClause);
    }
}

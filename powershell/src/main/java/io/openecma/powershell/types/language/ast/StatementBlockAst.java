package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.StatementBlockAst (ast.cs): a read-only node of the recovering parser's tree. */
public class StatementBlockAst extends Ast {
    private final List<Ast> statements;
    private final List<Ast> traps;

    public StatementBlockAst(ScriptExtent extent, List<Ast> statements, List<Ast> traps) {
        super(extent);
        this.statements = adopt(statements);
        this.traps = adopt(traps);
    }

    public List<Ast> getStatements() {
        return statements;
    }

    public List<Ast> getTraps() {
        return traps;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, statements);
        add(into, traps);
    }
}

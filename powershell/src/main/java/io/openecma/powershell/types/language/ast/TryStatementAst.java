package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.TryStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class TryStatementAst extends StatementAst {
    private final StatementBlockAst body;
    private final List<Ast> catchClauses;
    private final StatementBlockAst finallyBlock;

    public TryStatementAst(ScriptExtent extent, StatementBlockAst body, List<Ast> catchClauses, StatementBlockAst finallyBlock) {
        super(extent);
        this.body = adopt(body);
        this.catchClauses = adopt(catchClauses);
        this.finallyBlock = adopt(finallyBlock);
    }

    public StatementBlockAst getBody() {
        return body;
    }

    public List<Ast> getCatchClauses() {
        return catchClauses;
    }

    public StatementBlockAst getFinally() {
        return finallyBlock;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, body);
        add(into, catchClauses);
        add(into, finallyBlock);
    }
}

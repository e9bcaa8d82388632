package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.CatchClauseAst (ast.cs): a read-only node of the recovering parser's tree. */
public class CatchClauseAst extends Ast {
    private final List<Ast> catchTypes;
    private final StatementBlockAst body;

    public CatchClauseAst(ScriptExtent extent, List<Ast> catchTypes, StatementBlockAst body) {
        super(extent);
        this.catchTypes = adopt(catchTypes);
        this.body = adopt(body);
    }

    public List<Ast> getCatchTypes() {
        return catchTypes;
    }

    public StatementBlockAst getBody() {
        return body;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, catchTypes);
        add(into, body);
    }
}

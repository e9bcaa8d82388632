package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.TrapStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class TrapStatementAst extends StatementAst {
    private final TypeConstraintAst trapType;
    private final StatementBlockAst body;

    public TrapStatementAst(ScriptExtent extent, TypeConstraintAst trapType, StatementBlockAst body) {
        super(extent);
        this.trapType = adopt(trapType);
        this.body = adopt(body);
    }

    public TypeConstraintAst getTrapType() {
        return trapType;
    }

    public StatementBlockAst getBody() {
        return body;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, trapType);
        add(into, body);
    }
}

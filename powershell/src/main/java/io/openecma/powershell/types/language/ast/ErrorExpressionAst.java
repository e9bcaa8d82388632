package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ErrorExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ErrorExpressionAst extends ExpressionAst {
    private final List<Ast> nestedAst;

    public ErrorExpressionAst(ScriptExtent extent, List<Ast> nestedAst) {
        super(extent);
        this.nestedAst = adopt(nestedAst);
    }

    public List<Ast> getNestedAst() {
        return nestedAst;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, nestedAst);
    }
}

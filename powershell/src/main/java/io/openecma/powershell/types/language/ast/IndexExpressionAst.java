package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.IndexExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class IndexExpressionAst extends ExpressionAst {
    private final ExpressionAst target;
    private final ExpressionAst index;
    private final boolean nullConditional;

    public IndexExpressionAst(ScriptExtent extent, ExpressionAst target, ExpressionAst index, boolean nullConditional) {
        super(extent);
        this.target = adopt(target);
        this.index = adopt(index);
        this.nullConditional = nullConditional;
    }

    public ExpressionAst getTarget() {
        return target;
    }

    public ExpressionAst getIndex() {
        return index;
    }

    public boolean getNullConditional() {
        return nullConditional;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, target);
        add(into, index);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ScriptBlockExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ScriptBlockExpressionAst extends ExpressionAst {
    private final ScriptBlockAst scriptBlock;

    public ScriptBlockExpressionAst(ScriptExtent extent, ScriptBlockAst scriptBlock) {
        super(extent);
        this.scriptBlock = adopt(scriptBlock);
    }

    public ScriptBlockAst getScriptBlock() {
        return scriptBlock;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, scriptBlock);
    }
}

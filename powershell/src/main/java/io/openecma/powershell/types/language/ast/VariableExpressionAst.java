package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.VariableExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class VariableExpressionAst extends ExpressionAst {
    private final Object variablePath;
    private final boolean splatted;

    public VariableExpressionAst(ScriptExtent extent, Object variablePath, boolean splatted) {
        super(extent);
        this.variablePath = variablePath;
        this.splatted = splatted;
    }

    public Object getVariablePath() {
        return variablePath;
    }

    public boolean getSplatted() {
        return splatted;
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ConstantExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ConstantExpressionAst extends ExpressionAst {
    private final Object value;

    public ConstantExpressionAst(ScriptExtent extent, Object value) {
        super(extent);
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}

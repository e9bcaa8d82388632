package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.TypeExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class TypeExpressionAst extends ExpressionAst {
    private final Object typeName;

    public TypeExpressionAst(ScriptExtent extent, Object typeName) {
        super(extent);
        this.typeName = typeName;
    }

    public Object getTypeName() {
        return typeName;
    }
}

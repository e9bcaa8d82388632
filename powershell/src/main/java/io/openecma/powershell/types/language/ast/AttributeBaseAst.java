package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.AttributeBaseAst (ast.cs): a read-only node of the recovering parser's tree. */
public abstract class AttributeBaseAst extends Ast {
    private final Object typeName;

    protected AttributeBaseAst(ScriptExtent extent, Object typeName) {
        super(extent);
        this.typeName = typeName;
    }

    public Object getTypeName() {
        return typeName;
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.TypeConstraintAst (ast.cs): a read-only node of the recovering parser's tree. */
public class TypeConstraintAst extends AttributeBaseAst {

    public TypeConstraintAst(ScriptExtent extent, Object typeName) {
        super(extent, typeName);
    }
}

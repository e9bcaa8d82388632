package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ExpressionAst (ast.cs): a read-only node of the recovering parser's tree. */
public abstract class ExpressionAst extends CommandElementAst {

    protected ExpressionAst(ScriptExtent extent) {
        super(extent);
    }
}

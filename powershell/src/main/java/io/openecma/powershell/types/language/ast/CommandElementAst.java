package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.CommandElementAst (ast.cs): a read-only node of the recovering parser's tree. */
public abstract class CommandElementAst extends Ast {

    protected CommandElementAst(ScriptExtent extent) {
        super(extent);
    }
}

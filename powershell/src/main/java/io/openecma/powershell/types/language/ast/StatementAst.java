package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.StatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public abstract class StatementAst extends Ast {

    protected StatementAst(ScriptExtent extent) {
        super(extent);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.CommandBaseAst (ast.cs): a read-only node of the recovering parser's tree. */
public abstract class CommandBaseAst extends StatementAst {

    protected CommandBaseAst(ScriptExtent extent) {
        super(extent);
    }
}

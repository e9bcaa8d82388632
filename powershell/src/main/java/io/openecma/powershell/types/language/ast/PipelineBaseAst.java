package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.PipelineBaseAst (ast.cs): a read-only node of the recovering parser's tree. */
public abstract class PipelineBaseAst extends StatementAst {

    protected PipelineBaseAst(ScriptExtent extent) {
        super(extent);
    }
}

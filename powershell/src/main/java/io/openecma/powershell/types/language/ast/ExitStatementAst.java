package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.ExitStatementAst (ast.cs): a read-only node of the recovering parser's tree. */
public class ExitStatementAst extends StatementAst {
    private final PipelineBaseAst pipeline;

    public ExitStatementAst(ScriptExtent extent, PipelineBaseAst pipeline) {
        super(extent);
        this.pipeline = adopt(pipeline);
    }

    public PipelineBaseAst getPipeline() {
        return pipeline;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, pipeline);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.PipelineAst (ast.cs): a read-only node of the recovering parser's tree. */
public class PipelineAst extends PipelineBaseAst {
    private final List<Ast> pipelineElements;
    private final boolean background;

    public PipelineAst(ScriptExtent extent, List<Ast> pipelineElements, boolean background) {
        super(extent);
        this.pipelineElements = adopt(pipelineElements);
        this.background = background;
    }

    public List<Ast> getPipelineElements() {
        return pipelineElements;
    }

    public boolean getBackground() {
        return background;
    }

    @Override
    protected void addChildren(List<Ast> into) {
        super.addChildren(into);
        add(into, pipelineElements);
    }
}

package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.MergingRedirectionAst (ast.cs): a read-only node of the recovering parser's tree. */
public class MergingRedirectionAst extends RedirectionAst {
    private final Object toStream;

    public MergingRedirectionAst(ScriptExtent extent, Object fromStream, Object toStream) {
        super(extent, fromStream);
        this.toStream = toStream;
    }

    public Object getToStream() {
        return toStream;
    }
}

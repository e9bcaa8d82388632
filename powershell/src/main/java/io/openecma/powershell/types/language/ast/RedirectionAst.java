package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.types.language.ScriptExtent;
import java.util.List;

/** System.Management.Automation.Language.RedirectionAst (ast.cs): a read-only node of the recovering parser's tree. */
public abstract class RedirectionAst extends Ast {
    private final Object fromStream;

    protected RedirectionAst(ScriptExtent extent, Object fromStream) {
        super(extent);
        this.fromStream = fromStream;
    }

    public Object getFromStream() {
        return fromStream;
    }
}
